namespace Lianzheng.Core.Reports;

/// <summary>The talks a leader owes one counterpart (a head of a section he oversees, or for the 党组书记 a 班子成员):
/// held in the period, held in the year up to the period's end, and owed in the year (0: a pair that talked but owes no
/// talks — a head who has since moved, a 提醒谈话 with someone else).</summary>
public sealed record TalkLine(string Leader, string Counterpart, string Section, int HeldInPeriod, int HeldInYear, int PerYear);
