namespace Lianzheng.Core.AuditProjects;

/// <summary>One official discipline text: its title, where it comes from, and its items in their official order.</summary>
public sealed record DisciplineRule(string Title, string Source, IReadOnlyList<string> Items);
