using ClosedXML.Excel;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
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
    public async Task A_sheet_reads_back_with_its_conditions_headers_and_typed_cells()
    {
        var sheet = new ExportSheet("备案台账", ["年度：2026", "类别：婚嫁"], Now, ["编号", "报告人", "日期", "提交时间", "桌数", "备注"],
        [
            [12, "朱浩然", new DateOnly(2026, 12, 12), new DateTimeOffset(2026, 12, 1, 16, 5, 0, TimeSpan.Zero), 10, "=1+1"],
            [13, "秦诗涵", new DateOnly(2027, 1, 10), null, null, "0012"],
        ]);

        var back = SheetReadBack.Of(await Writer().WriteAsync(sheet, CancellationToken.None));

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
    public async Task The_headers_stay_in_view_with_a_filter_over_the_records_and_text_keeps_its_spaces_and_line_breaks()
    {
        var sheet = new ExportSheet("证照台账", ["年度：2026"], Now, ["持有人", "说明"],
        [
            ["朱浩然", "  前后有空格  "],
            ["秦诗涵", "从Word粘贴的\u000b换行\u0001与\U0001F600\uD83D"],
        ]);

        using var workbook = new XLWorkbook(new MemoryStream(await Writer().WriteAsync(sheet, CancellationToken.None)));
        var worksheet = workbook.Worksheets.Single();

        var headerRow = ExportWriter.HeaderRow(1);
        Assert.Equal("证照台账", worksheet.Name);
        Assert.Equal(headerRow, worksheet.SheetView.SplitRow);
        Assert.Equal($"A{headerRow}:B{headerRow + 2}", worksheet.AutoFilter.Range.RangeAddress.ToString());
        Assert.True(worksheet.Cell(headerRow, 1).Style.Font.Bold);
        Assert.True(worksheet.Cell(1, 1).Style.Font.Bold);
        Assert.Equal("  前后有空格  ", worksheet.Cell(headerRow + 1, 2).GetString());
        Assert.Equal("从Word粘贴的\n换行与\U0001F600", worksheet.Cell(headerRow + 2, 2).GetString());
        Assert.Equal(16, worksheet.Column(2).Width, 1);
    }

    [Fact]
    public async Task The_file_is_valid_open_xml_as_excel_and_wps_expect_it()
    {
        var sheet = new ExportSheet("廉政谈话", ["年度：2026"], Now, ["谈话人", "日期"], [["周建国", new DateOnly(2026, 3, 2)], ["吴海燕", null]]);
        using var document = SpreadsheetDocument.Open(new MemoryStream(await Writer().WriteAsync(sheet, CancellationToken.None)), isEditable: false);

        var errors = new OpenXmlValidator(FileFormatVersions.Office2010).Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}");

        Assert.Empty(errors);
    }

    [Fact]
    public async Task Ten_thousand_records_make_one_sheet_with_every_record()
    {
        var rows = Enumerable.Range(1, 10_000).Select(i => (IReadOnlyList<object?>)[i, $"报告人{i % 300}", new DateOnly(2026, 1, 1).AddDays(i % 365)]);
        var back = SheetReadBack.Of(await Writer().WriteAsync(new ExportSheet("备案台账", [], Now, ["编号", "报告人", "日期"], rows), CancellationToken.None));

        Assert.Equal(10_000, back.Rows.Count);
        Assert.Equal(10_000, back.Rows[^1][0].Number);
        Assert.Equal("报告人100", back.Rows[9_999][1].Text);
        Assert.Equal(new DateTime(2026, 1, 1).AddDays(10_000 % 365), back.Rows[^1][2].Date);
    }

    [Fact]
    public async Task The_download_is_named_after_the_sheet_and_the_day()
    {
        var file = await Writer().DownloadAsync(new ExportSheet("证照台账", [], Now, ["持有人"], []), "证照台账", CancellationToken.None);
        Assert.Equal(ExportWriter.ContentType, file.ContentType);
        Assert.Equal("证照台账-20261201.xlsx", file.FileDownloadName);
        Assert.Empty(SheetReadBack.Of(file.FileContents).Rows);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public async Task Rows_read_once_from_a_query_fill_the_filter_exactly_and_none_leaves_only_the_headers_under_it(int records)
    {
        var enumerated = 0;
        IEnumerable<IReadOnlyList<object?>> Query()
        {
            enumerated++;
            for (var i = 1; i <= records; i++)
            {
                yield return [i, $"报告人{i}"];
            }
        }

        var bytes = await Writer().WriteAsync(new ExportSheet("备案台账", ["年度：2026"], Now, ["编号", "报告人"], Query()), CancellationToken.None);
        using var workbook = new XLWorkbook(new MemoryStream(bytes));

        var headerRow = ExportWriter.HeaderRow(1);
        Assert.Equal(1, enumerated);
        Assert.Equal($"A{headerRow}:B{headerRow + records}", workbook.Worksheets.Single().AutoFilter.Range.RangeAddress.ToString());
        Assert.Equal(records, SheetReadBack.Of(bytes).Rows.Count);
    }

    [Fact]
    public async Task A_cell_of_another_kind_is_a_programming_error()
    {
        var sheet = new ExportSheet("x", [], Now, ["a"], [[new object()]]);
        await Assert.ThrowsAsync<ArgumentException>(() => Writer().WriteAsync(sheet, CancellationToken.None));
    }
}
