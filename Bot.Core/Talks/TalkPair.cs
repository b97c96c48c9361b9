namespace Lianzheng.Core.Talks;

/// <summary>A pair that owes talks and the talks held this year: a leader × a head of a section he oversees (the head's
/// section in <see cref="SectionName"/>), or the 党组书记 × a 班子成员 (<see cref="SectionName"/> 班子成员).</summary>
public sealed record TalkPair(int LeaderId, string LeaderName, int HeadId, string HeadName, string SectionName, int Held);
