using Lianzheng.Core.Talks;

namespace Lianzheng.Core.Workbench;

/// <summary>A line of the talk list, on the page and in its export alike; <see cref="Project"/> names the audit project of
/// a 审前集体廉政提醒谈话.</summary>
public sealed record TalkRow(
    long Id, DateOnly HeldOn, TalkKind Kind, TalkForm Form, string Leader, IReadOnlyList<string> Participants, string Summary, string? Project,
    DateTimeOffset RecordedAt);
