namespace Lianzheng.Core.Talks;

/// <summary>A 提醒谈话 whose follow-up day has come: whose talk, when, with whom (ids and names, in the same order).</summary>
public sealed record TalkFollowUp(long TalkId, int LeaderId, DateOnly HeldOn, DateOnly FollowUpOn, IReadOnlyList<int> ParticipantIds,
    IReadOnlyList<string> ParticipantNames);
