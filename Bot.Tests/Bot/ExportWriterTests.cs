using ClosedXML.Excel;
using Lianzheng.Bot.Workbench.Exports;
using Lianzheng.Core.Time;
using Lianzheng.Tests.Support;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Lianzheng.Tests.Bot;

/// <summary>The 工作台's exports are real .xlsx files: the title, conditions and export time above Chinese headers, one
/// row per record, dates as dates, moments in Beijing time, and text that stays text.</summary>
public sealed class ExportWriterTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 2, 30, 0, TimeSpan.Zero); // 10:30 in Beijing

    private static ExportWriter Writer() => new(new BureauClock(new FakeTimeProvider(Now), Options.Create(new BureauOptions())));

    [Fact]
    public void A_sheet_reads_back_with_its_conditions_headers_and_typed_cells()
    {
        var sheet = new ExportSheet("备案台账", ["年度：2026", "类别：婚嫁"], Now, ["编号", "报告人", "日期", "提交时间", "桌数", "备注"],
        [
            [12, "朱浩然", new DateOnly(2026, 12, 12), new DateTimeOffset(2026, 12, 1, 16, 5, 0, TimeSpan.Zero), 10, "=1+1"],
            [13, "秦诗涵", new DateOnly(2027, 1, 10), null, null, "0012"],
        ]);

        var back = SheetReadBack.Of(Writer().Write(sheet));

        Assert.Equal("备案台账", back.Title);
        Assert.Equal(["年度：2026", "类别：婚嫁", "导出时间：2026-12-01 10:30（北京时间）"], back.Preamble);
        Assert.Equal(["编号", "报告人", "日期", "提交时间", "桌数", "备注"], back.Headers);
        Assert.Equal(2, back.Rows.Count);
        var first = back.Rows[0];
        Assert.Equal(12, first[0].Number);
        Assert.Equal(new DateTime(2026, 12, 12), first[2].Date);
        Assert.Equal(new DateTime(2026, 12, 2, 0, 5, 0), first[3].Date);
        Assert.Equal((XLDataType.Text, "=1+1", false), (first[5].Type, first[5].Text, first[5].IsFormula));
        Assert.Equal((XLDataType.Text, "0012"), (back.Rows[1][5].Type, back.Rows[1][5].Text));
        Assert.Equal("", back.Rows[1][3].Text);
    }

    [Fact]
    public void The_download_is_named_after_the_sheet_and_the_day()
    {
        var file = Writer().Download(new ExportSheet("证照台账", [], Now, ["持有人"], []), "证照台账");
        Assert.Equal(ExportWriter.ContentType, file.ContentType);
        Assert.Equal("证照台账-20261201.xlsx", file.FileDownloadName);
        Assert.Empty(SheetReadBack.Of(file.FileContents).Rows);
    }

    [Fact]
    public void A_cell_of_another_kind_is_a_programming_error()
    {
        var sheet = new ExportSheet("x", [], Now, ["a"], [[new object()]]);
        Assert.Throws<ArgumentException>(() => Writer().Write(sheet));
    }
}
