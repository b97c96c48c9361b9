using Lianzheng.Core.Workbench;

namespace Lianzheng.Core.Reports;

/// <summary>The figures of the 党风廉政建设工作情况报告 for a period, as the database holds them on the day it is made
/// (<see cref="AsOf"/>: what was due by then is counted as due).</summary>
public sealed record WorkReport(
    ReportPeriod Period,
    string Bureau,
    DateOnly AsOf,
    IReadOnlyList<FilingLine> Filings,
    TripFigures Trips,
    IReadOnlyList<TalkLine> Talks,
    IReadOnlyList<ProjectRow> Projects,
    IReadOnlyList<MessageRow> Messages,
    IReadOnlyList<OfferLine> Offers,
    FeedbackFigures Feedback);
