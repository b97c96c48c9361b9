using Lianzheng.Core.Talks;

namespace Lianzheng.Tests.Core;

/// <summary>The one rule the talk-due notices and the 工作台's matrix both read (defaults: one talk by 30 June, two by
/// 30 November, told 14 days before; the secretary one a year, by 30 November).</summary>
public sealed class TalkQuotaTests
{
    private static readonly TalkQuota Leaders = TalkQuota.ForLeaders(new TalkOptions());

    [Theory]
    [InlineData("2026-11-15", 1, TalkStatus.OnTrack)] // the next checkpoint is 15 days away
    [InlineData("2026-11-16", 1, TalkStatus.DueSoon)] // 14 days before it
    [InlineData("2026-11-30", 1, TalkStatus.DueSoon)] // its day
    [InlineData("2026-12-01", 1, TalkStatus.Overdue)] // the day after it, and for the rest of the year
    [InlineData("2026-12-31", 1, TalkStatus.Overdue)]
    [InlineData("2026-12-01", 2, TalkStatus.OnTrack)]
    [InlineData("2026-07-01", 0, TalkStatus.Overdue)] // behind the first checkpoint
    [InlineData("2026-07-01", 1, TalkStatus.OnTrack)]
    [InlineData("2026-01-10", 0, TalkStatus.OnTrack)]
    public void A_pair_is_on_track_due_soon_or_overdue_against_the_checkpoints(string today, int held, TalkStatus expected) =>
        Assert.Equal(expected, Leaders.StatusOf(held, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void The_notice_stage_is_before_in_the_notice_days_and_missed_only_the_week_after()
    {
        var november = new TalkCheckpoint(11, 30, 2);
        Assert.Null(Leaders.NoticeStage(november, new DateOnly(2026, 11, 15)));
        Assert.Equal(TalkStatus.DueSoon, Leaders.NoticeStage(november, new DateOnly(2026, 11, 16)));
        Assert.Equal(TalkStatus.Overdue, Leaders.NoticeStage(november, new DateOnly(2026, 12, 7)));
        Assert.Null(Leaders.NoticeStage(november, new DateOnly(2026, 12, 8))); // no more notices, still overdue in the matrix
        Assert.Equal(TalkStatus.Overdue, Leaders.StatusOf(1, new DateOnly(2026, 12, 8)));
    }

    [Fact]
    public void The_secretary_owes_one_talk_a_year_by_the_last_checkpoint()
    {
        var secretary = TalkQuota.ForSecretary(new TalkOptions());
        Assert.Equal(1, secretary.PerYear);
        Assert.Equal(TalkStatus.OnTrack, secretary.StatusOf(0, new DateOnly(2026, 7, 1)));
        Assert.Equal(TalkStatus.Overdue, secretary.StatusOf(0, new DateOnly(2026, 12, 1)));
    }
}
