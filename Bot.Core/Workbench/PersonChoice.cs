namespace Lianzheng.Core.Workbench;

/// <summary>A person a list can be filtered by.</summary>
public sealed record PersonChoice(int Id, string Name);
