using Lianzheng.Core.Talks;

namespace Lianzheng.Core.Workbench;

/// <summary>A cell of the talk matrix: a leader × a section head he oversees (or the 党组书记 × a 班子成员, the section
/// then 班子成员), the talks held this year against the year's quota, and where the pair stands (<see cref="TalkQuota"/>).</summary>
public sealed record TalkCell(
    int LeaderId, string LeaderName, int CounterpartId, string CounterpartName, string SectionName, int Held, int Required, TalkStatus Status);
