namespace Lianzheng.Dialogs.Talks;

/// <summary>记录谈话 begun from a sentence (明天和陈晓梅谈话): with whom, by name, and on which day, if it said so.
/// <see cref="RecordTalkDialog"/> takes the person only if he is one the leader talks with, and the day only if a talk
/// on it can be recorded yet.</summary>
public sealed record TalkStart(string? Person, DateOnly? Date);
