namespace Lianzheng.Core.Workbench;

/// <summary>A section the viewer may filter by.</summary>
public sealed record SectionChoice(int Id, string Name);
