namespace Lianzheng.Core.AuditProjects;

/// <summary>A project as registered from chat: from 进点 (<paramref name="StartDate"/>) to 离场 (<paramref name="EndDate"/>).</summary>
public sealed record AuditProjectDraft(
    string Name, bool IsMajor, DateOnly StartDate, DateOnly EndDate, int TeamLeaderId, int ResponsibleLeaderId, IReadOnlyList<int> MemberIds);
