namespace Lianzheng.Core.Workbench;

/// <summary>An audit project's integrity cycle as a line of the 审计项目 list (and its export): 进场/离场, the pre-audit
/// talk (a major project's; <see cref="TalkHeldOn"/> null while not recorded), the team's commitments to the
/// "四严禁""八不准" (<see cref="Committed"/> of <see cref="Team"/>, with the names of those who have not), the
/// 执行情况报告 (null while not given) and the 廉政回访 answers (how many, and how many answered 有 to a question).</summary>
public sealed record ProjectRow(
    int Id,
    string Name,
    bool IsMajor,
    DateOnly StartDate,
    DateOnly? EndDate,
    string TeamLeader,
    string ResponsibleLeader,
    DateOnly? TalkHeldOn,
    bool ReminderSent,
    int Team,
    int Committed,
    IReadOnlyList<string> NotCommitted,
    ProjectReport? Report,
    int Answers,
    int AnswersWithIssues);
