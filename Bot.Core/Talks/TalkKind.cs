namespace Lianzheng.Core.Talks;

/// <summary>The kinds of integrity talk (廉政谈话). Talks recorded before kinds existed are <see cref="Routine"/> (the
/// column's default); a talk recorded for an audit project is always <see cref="PreAuditCollective"/>.</summary>
public enum TalkKind
{
    /// <summary>日常廉政谈话.</summary>
    Routine = 1,

    /// <summary>提醒谈话: on 苗头性、倾向性问题; may carry a follow-up date.</summary>
    Admonition = 2,

    /// <summary>任前廉政谈话.</summary>
    PreAppointment = 3,

    /// <summary>审前集体廉政提醒谈话 with an audit team; counts toward no quota unless Talks:CountPreAuditTalks.</summary>
    PreAuditCollective = 4,
}
