using System.ComponentModel.DataAnnotations;

namespace Lianzheng.Core.Filings;

/// <summary>Section "Filings": the local rules on personal-event filings (领导干部操办婚丧喜庆事宜), defaults from the
/// reference rules.</summary>
public sealed class FilingOptions
{
    public const string SectionName = "Filings";

    /// <summary>Working days (调休 aware) before a wedding or other celebration by which it is filed; later is 逾期报告.</summary>
    [Range(0, 30, ErrorMessage = "Filings:LeadWorkingDays must be between 0 and 30 working days.")]
    public int LeadWorkingDays { get; set; } = 5;

    /// <summary>Days after a funeral within which it may be filed after the fact; later is accepted as 逾期报告.</summary>
    [Range(0, 60, ErrorMessage = "Filings:FuneralReportWithinDays must be between 0 and 60 days.")]
    public int FuneralReportWithinDays { get; set; } = 7;

    /// <summary>Most tables without a reason (0 = no limit).</summary>
    [Range(0, 1000, ErrorMessage = "Filings:MaxTables must be between 0 (no limit) and 1000.")]
    public int MaxTables { get; set; } = 20;

    /// <summary>Most guests without a reason (0 = no limit).</summary>
    [Range(0, 10000, ErrorMessage = "Filings:MaxGuests must be between 0 (no limit) and 10000.")]
    public int MaxGuests { get; set; } = 200;

    /// <summary>Most guests of a wedding held jointly with the other family (同城合办) without a reason (0 = no limit).</summary>
    [Range(0, 10000, ErrorMessage = "Filings:MaxGuestsJoint must be between 0 (no limit) and 10000.")]
    public int MaxGuestsJoint { get; set; } = 300;

    /// <summary>Working days after which a reviewer who has not acted is reminded, once.</summary>
    [Range(1, 30, ErrorMessage = "Filings:ReviewReminderWorkingDays must be between 1 and 30 working days.")]
    public int ReviewReminderWorkingDays { get; set; } = 2;

    /// <summary>Days after the event (for a trip: after the planned return) within which the 事后报告 is due.</summary>
    [Range(1, 60, ErrorMessage = "Filings:ReportWithinDays must be between 1 and 60 days.")]
    public int ReportWithinDays { get; set; } = 10;

    /// <summary>Required (审核 by 干部管理权限) or NoticeOnly (notify and confirm 已阅, as before review existed).</summary>
    [EnumDataType(typeof(ReviewMode), ErrorMessage = "Filings:Review must be Required or NoticeOnly.")]
    public ReviewMode Review { get; set; } = ReviewMode.Required;
}
