using Lianzheng.Core.Personnel;

namespace Lianzheng.Core.AuditProjects;

/// <summary>An audit project (审计项目) registered before it starts: for a major one the responsible leader holds the
/// 审前集体廉政提醒谈话 and every team member confirms the "四严禁""八不准" reminder.</summary>
public sealed class AuditProject
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public bool IsMajor { get; set; }

    /// <summary>The day the team enters the audited unit (进点).</summary>
    public DateOnly StartDate { get; set; }

    /// <summary>The day the team leaves the site (离场), when the team leader is asked for the 执行情况报告. Projects
    /// registered before it was asked have none.</summary>
    public DateOnly? EndDate { get; set; }

    public int TeamLeaderId { get; set; }

    public Staff? TeamLeader { get; set; }

    /// <summary>The leader (班子成员) responsible for the project, who holds its pre-audit talk.</summary>
    public int ResponsibleLeaderId { get; set; }

    public Staff? ResponsibleLeader { get; set; }

    public int RegisteredById { get; set; }

    public DateTimeOffset RegisteredAt { get; set; }

    /// <summary>The recorded pre-audit collective talk, once held.</summary>
    public long? PreAuditTalkId { get; set; }

    /// <summary>The outbox message with the team's "四严禁""八不准" reminder, once sent.</summary>
    public long? TeamReminderMessageId { get; set; }

    /// <summary>What made this record (the inbound message of its turn): a replay of the same message finds it instead
    /// of adding a second one.</summary>
    public string? SourceKey { get; set; }

    /// <summary>The code of the project's public 廉政回访 page, <c>/feedback/{code}</c>: printed as a QR code on the
    /// 审计纪律告知书, so unguessable (<see cref="AccessCodes"/>).</summary>
    public string? FeedbackCode { get; set; }

    /// <summary>The code of the link from which the team leader downloads the 审计纪律告知书; unguessable, and a
    /// different one from the feedback code, which the audited unit sees.</summary>
    public string? NoticeCode { get; set; }

    public List<AuditProjectMember> Members { get; set; } = [];
}
