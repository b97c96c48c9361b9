using Lianzheng.Core.Personnel;

namespace Lianzheng.Core.AuditProjects;

/// <summary>An audit project (审计项目) registered before it starts: for a major one the responsible leader holds the
/// 审前集体廉政提醒谈话 and every team member confirms the "四严禁""八不准" reminder.</summary>
public sealed class AuditProject
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public bool IsMajor { get; set; }

    public DateOnly StartDate { get; set; }

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

    public List<AuditProjectMember> Members { get; set; } = [];
}
