namespace Lianzheng.Core.Workbench;

/// <summary>A team member on a project's page: whether he leads the team, has committed to the discipline, and what the
/// 执行情况报告 says of him (null before it is given).</summary>
public sealed record ProjectMemberLine(string Name, bool IsTeamLeader, bool Committed, bool? KeptDiscipline);
