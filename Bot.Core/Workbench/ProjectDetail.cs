using Lianzheng.Core.AuditProjects;
using Lianzheng.Core.Talks;

namespace Lianzheng.Core.Workbench;

/// <summary>A project's page: its line, its team, the pre-audit talk as recorded, the full 执行情况报告 and every
/// 廉政回访 answer in full (chat cuts long text; this is where it is read whole), the earliest first.</summary>
public sealed record ProjectDetail(
    ProjectRow Row, IReadOnlyList<ProjectMemberLine> Team, IntegrityTalk? Talk, ExecutionReport? Report, string? ReportedBy, IReadOnlyList<AuditFeedback> Feedback);
