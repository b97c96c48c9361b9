using Lianzheng.Core.Filings;
using Lianzheng.Core.Holidays;
using Lianzheng.Core.Personnel;
using Lianzheng.Core.Texts;

namespace Lianzheng.Tests.Core.Filings;

public sealed class FilingRulesTests
{
    private static readonly WorkCalendar Calendar = new(HolidayCalendarStore.ShippedArrangements);

    [Theory]
    [InlineData("E12345678", "E*****678")]
    [InlineData(" C98765432 ", "C*****432")]
    [InlineData("AB123", "A*123")]
    [InlineData("1234", "***4")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void A_document_number_shows_its_first_character_and_last_three(string? number, string masked) =>
        Assert.Equal(masked, DocumentNumbers.Mask(number));

    [Fact]
    public void The_role_column_accepts_both_names_of_the_discipline_inspection_group()
    {
        Assert.Equal(StaffRole.DisciplineInspectionGroup, DomainNames.ParseRole("派驻纪检监察组"));
        Assert.Equal(StaffRole.DisciplineInspectionGroup, DomainNames.ParseRole("纪检监察组"));
        Assert.Equal(7, (int)StaffRole.DisciplineInspectionGroup);
    }

    [Fact]
    public void The_lead_deadline_skips_off_days_and_counts_make_up_workdays()
    {
        var options = new FilingOptions();
        var wedding = new FilingDraft { Kind = FilingKind.Wedding, EventDate = new DateOnly(2026, 10, 12) };
        // Saturday 10-10 worked (调休), 10-09, 10-08 worked; 10-01…10-07 off; 09-30, 09-29 worked: the fifth is 09-29.
        Assert.Equal(new DateOnly(2026, 9, 29), FilingRules.LeadDeadline(wedding, Calendar, options));
        Assert.False(FilingRules.IsLate(wedding, new DateOnly(2026, 9, 29), Calendar, options));
        Assert.True(FilingRules.IsLate(wedding, new DateOnly(2026, 9, 30), Calendar, options));
        var funeral = new FilingDraft { Kind = FilingKind.Funeral, EventDate = new DateOnly(2026, 12, 1) };
        Assert.False(FilingRules.IsLate(funeral, new DateOnly(2026, 12, 8), Calendar, options));
        Assert.True(FilingRules.IsLate(funeral, new DateOnly(2026, 12, 9), Calendar, options));
    }

    [Fact]
    public void Zero_is_no_scale_limit()
    {
        var draft = new FilingDraft { Kind = FilingKind.Wedding, ExpectedTables = 50, ExpectedGuests = 500 };
        Assert.True(FilingRules.IsOverScale(draft, new FilingOptions()));
        Assert.False(FilingRules.IsOverScale(draft, new FilingOptions { MaxTables = 0, MaxGuests = 0 }));
    }

    [Fact]
    public void Only_a_standing_trip_is_cleared_for_departure()
    {
        Assert.True(FilingRules.ClearedForDeparture(new Filing { SubmissionKey = "a", Kind = FilingKind.TravelAbroad, Status = FilingStatus.Approved }));
        Assert.True(FilingRules.ClearedForDeparture(new Filing { SubmissionKey = "b", Kind = FilingKind.TravelAbroad, Status = FilingStatus.Filed }));
        Assert.False(FilingRules.ClearedForDeparture(new Filing { SubmissionKey = "c", Kind = FilingKind.TravelAbroad, Status = FilingStatus.Pending }));
        Assert.False(FilingRules.ClearedForDeparture(new Filing { SubmissionKey = "d", Kind = FilingKind.TravelAbroad, Status = FilingStatus.NeedsMore }));
        Assert.False(FilingRules.ClearedForDeparture(new Filing { SubmissionKey = "e", Kind = FilingKind.Wedding, Status = FilingStatus.Approved }));
    }
}
