namespace Lianzheng.Core.Talks;

/// <summary>Where a pair that owes talks stands against its checkpoints on a day, as the talk-due notices judge it.</summary>
public enum TalkStatus
{
    /// <summary>Not behind any checkpoint that has passed, and none is near that he is behind.</summary>
    OnTrack = 1,

    /// <summary>Behind a checkpoint that comes within Talks:NoticeDaysBefore days (the notice "before" is sent).</summary>
    DueSoon = 2,

    /// <summary>Behind a checkpoint that has passed (the notice "missed" is sent the week after it).</summary>
    Overdue = 3,
}
