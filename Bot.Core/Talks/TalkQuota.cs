namespace Lianzheng.Core.Talks;

/// <summary>The one rule by which talks are judged against their checkpoints, read by the talk-due notices and by the
/// 工作台 alike: a leader owes each overseen section head <see cref="TalkOptions.RequiredPerYear"/> a year on
/// <see cref="TalkOptions.Checkpoints"/>; the 党组书记 owes each 班子成员 <see cref="TalkOptions.SecretaryWithLeadersPerYear"/>
/// on the scaled <see cref="TalkOptions.SecretaryCheckpoints"/>. A pair behind a checkpoint is due soon within
/// Talks:NoticeDaysBefore days before it and overdue from the day after it.</summary>
public sealed record TalkQuota(int PerYear, IReadOnlyList<TalkCheckpoint> Checkpoints, int NoticeDaysBefore)
{
    /// <summary>How long after a missed checkpoint the notice "missed" is still sent.</summary>
    public const int MissedNoticeDays = 7;

    public static TalkQuota ForLeaders(TalkOptions options) => new(options.RequiredPerYear, options.Checkpoints, options.NoticeDaysBefore);

    public static TalkQuota ForSecretary(TalkOptions options) =>
        new(options.SecretaryWithLeadersPerYear, options.SecretaryCheckpoints(), options.NoticeDaysBefore);

    /// <summary>Whether the checkpoint comes within the notice days (today included, the checkpoint's day included).</summary>
    public bool IsNear(TalkCheckpoint checkpoint, DateOnly today)
    {
        var due = checkpoint.In(today.Year);
        return today <= due && today >= due.AddDays(-NoticeDaysBefore);
    }

    /// <summary>Whether the checkpoint has passed this year.</summary>
    public static bool HasPassed(TalkCheckpoint checkpoint, DateOnly today) => today > checkpoint.In(today.Year);

    /// <summary>The notice a checkpoint calls for today, for a pair behind it: <see cref="TalkStatus.DueSoon"/> ("before")
    /// when it is near, <see cref="TalkStatus.Overdue"/> ("missed") the week after it, else none.</summary>
    public TalkStatus? NoticeStage(TalkCheckpoint checkpoint, DateOnly today) =>
        IsNear(checkpoint, today) ? TalkStatus.DueSoon
        : HasPassed(checkpoint, today) && today <= checkpoint.In(today.Year).AddDays(MissedNoticeDays) ? TalkStatus.Overdue
        : null;

    /// <summary>Where a pair that has held <paramref name="held"/> talks this year stands today: overdue when behind a
    /// checkpoint that has passed, due soon when behind one that is near, else on track.</summary>
    public TalkStatus StatusOf(int held, DateOnly today) =>
        Checkpoints.Any(c => held < c.Count && HasPassed(c, today)) ? TalkStatus.Overdue
        : Checkpoints.Any(c => held < c.Count && IsNear(c, today)) ? TalkStatus.DueSoon
        : TalkStatus.OnTrack;
}
