using Lianzheng.Core.Personnel;

namespace Lianzheng.Core.Workbench;

/// <summary>A person in the 人员名录: section, roles, the sections he oversees, whether he is active, the channels that
/// reach him (by their names: teams, wecom, local) and when a message last reached him.</summary>
public sealed record DirectoryRow(
    int Id, string EmployeeNo, string Name, string? Section, IReadOnlyList<StaffRole> Roles, IReadOnlyList<string> Oversees, bool Active,
    IReadOnlyList<string> Channels, DateTimeOffset? LastDelivered);
