using Lianzheng.Core.Filings;

namespace Lianzheng.Dialogs.Filings;

/// <summary>A 事后报告 being asked: the report so far, which filing it is for and how far along the questions are.</summary>
internal sealed record FollowUpQuestionsRequest(FollowUpReport Report, bool Travel, DateOnly EventDate, int Index = 0);
