using System.ComponentModel.DataAnnotations;

namespace Lianzheng.Scheduler.Filings;

/// <summary>Section "FollowUps": how long after an event its 事后报告 is due.</summary>
public sealed class FollowUpOptions
{
    public const string SectionName = "FollowUps";

    /// <summary>Days after a banquet (婚嫁、丧事、其他喜庆事宜) within which it is reported.</summary>
    [Range(1, 60, ErrorMessage = "FollowUps:ReportWithinDays must be between 1 and 60 days.")]
    public int ReportWithinDays { get; set; } = 7;

    /// <summary>Days after the return from travel abroad within which the return is reported and the travel documents
    /// handed back.</summary>
    [Range(1, 60, ErrorMessage = "FollowUps:TravelReturnDays must be between 1 and 60 days.")]
    public int TravelReturnDays { get; set; } = 10;
}
