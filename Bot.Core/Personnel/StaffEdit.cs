namespace Lianzheng.Core.Personnel;

/// <summary>One person's entry as the 工作台's edit form gives it: every field of a staff sheet's row but the 工号, which
/// names the person and does not change.</summary>
public sealed record StaffEdit(
    string Name, string? Section, IReadOnlyList<StaffRole> Roles, IReadOnlyList<string> Oversees, string? Email, string? Mobile, bool Active);
