using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Lianzheng.Core.Holidays;
using Lianzheng.Core.Persistence;
using Lianzheng.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Lianzheng.Tests.Bot;

/// <summary>节假日 on the real host, on 15 November 2026: this year's calendar from the State Council's notice, next
/// year's estimated and marked so; next year's arrangement uploaded — refused with its problems, then previewed and
/// imported, with the supervisor in the audit trail; the holiday message templates previewed for the coming dates,
/// saved (the chat's 节日提醒模板 reads the same text) and restored; the overview reminds the supervisor that next year's
/// arrangement is missing; all of it for the 廉政监督员 only.</summary>
public sealed partial class WorkbenchHolidaysTests : IAsyncDisposable
{
    private const string Arrangement2027 = """
        {
          "year": 2027,
          "source": "国务院办公厅关于2027年部分节假日安排的通知（测试用）",
          "holidays": [
            { "keys": ["newyear"], "firstOffDay": "2027-01-01", "lastOffDay": "2027-01-03", "workdays": [] },
            { "keys": ["springfestival"], "firstOffDay": "2027-02-05", "lastOffDay": "2027-02-13", "workdays": ["2027-02-14"] },
            { "keys": ["nationalday", "midautumn"], "firstOffDay": "2027-10-01", "lastOffDay": "2027-10-07", "workdays": ["2027-09-26", "2027-10-09"] }
          ]
        }
        """;

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 15, 10, 0, 0, TimeSpan.FromHours(8)));
    private readonly BotApp _app;

    public WorkbenchHolidaysTests() =>
        _app = new BotApp(BotApp.NewDatabasePath(), _clock,
            new Dictionary<string, string> { ["Bureau:PublicBaseUrl"] = WorkbenchBrowser.PublicBaseUrl, ["Scheduler:Enabled"] = "false" });

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task This_years_calendar_is_the_notices_and_next_years_is_marked_estimated_until_its_arrangement_is_imported()
    {
        var wang = await WorkbenchBrowser.SignedInAsync(_app, await _app.StaffKeyAsync("王秀兰"));
        var thisYear = (await wang.GetAsync("/workbench/holidays")).Body;
        Assert.Contains("依据：国务院办公厅关于2026年部分节假日安排的通知（2025-11-04）", thisYear, StringComparison.Ordinal);
        Assert.Contains("<td>元旦</td><td>2026年1月1日</td><td>2026年1月1日 至 2026年1月3日</td>", thisYear, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>估算</td>", thisYear, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/workbench/holidays\" aria-current=\"page\">节假日</a>", thisYear, StringComparison.Ordinal);

        var nextYear = (await wang.GetAsync("/workbench/holidays?year=2027")).Body;
        Assert.Contains("2027 年的国务院办公厅节假日安排尚未导入：以下放假和调休日期为估算", nextYear, StringComparison.Ordinal);
        Assert.Equal(7, Regex.Count(nextYear, "<td>估算</td>"));

        // From November the overview says next year's arrangement is missing, until it is imported.
        Assert.Contains("2027 年的放假安排尚未导入", (await wang.GetAsync("/workbench")).Body, StringComparison.Ordinal);

        await wang.GetAsync("/workbench/holidays");
        var bad = await wang.PostFileAsync("/workbench/holidays?handler=Preview", "arrangement", "2027.json",
            Encoding.UTF8.GetBytes(Arrangement2027.Replace("\"newyear\"", "\"yuandan\"", StringComparison.Ordinal)));
        Assert.Contains("放假安排有问题，未导入：", bad.Body, StringComparison.Ordinal);
        Assert.Contains("不认识的节日 yuandan", bad.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("确认导入", bad.Body, StringComparison.Ordinal);
        await wang.GetAsync("/workbench/holidays");
        Assert.Contains("无法读取该文件：它不是有效的 JSON",
            (await wang.PostFileAsync("/workbench/holidays?handler=Preview", "arrangement", "2027.json", Encoding.UTF8.GetBytes("{ year: "))).Body, StringComparison.Ordinal);

        foreach (var nulls in new[] { "[null]", "null", "{\"year\": 2027, \"source\": \"x\", \"holidays\": [null]}" })
        {
            await wang.GetAsync("/workbench/holidays");
            var refused = await wang.PostFileAsync("/workbench/holidays?handler=Preview", "arrangement", "2027.json", Encoding.UTF8.GetBytes(nulls));
            Assert.Equal(HttpStatusCode.OK, refused.Status);
            Assert.Contains("放假安排有问题，未导入：", refused.Body, StringComparison.Ordinal);
        }

        await wang.GetAsync("/workbench/holidays");
        var preview = await wang.PostFileAsync("/workbench/holidays?handler=Preview", "arrangement", "2027.json", Encoding.UTF8.GetBytes(Arrangement2027));
        var previewed = Regex.Match(preview.Body, "id=\"arrangement-preview\".*?</section>", RegexOptions.Singleline).Value;
        Assert.Contains("导入预览：2027 年", previewed, StringComparison.Ordinal);
        Assert.Matches(@"<td>春节</td><td>2027年2月6日</td><td>2027年2月5日 至 2027年2月13日</td>\s*<td>2027年2月14日</td>", previewed);
        Assert.Equal(4, Regex.Count(previewed, "<td>正式</td>")); // 元旦, 春节, 国庆 and 中秋 taken with it; the others still estimated
        Assert.Equal(0, await ImportedAsync()); // a preview stores nothing

        var json = WebUtility.HtmlDecode(Regex.Match(preview.Body, "name=\"json\" value=\"([^\"]*)\"").Groups[1].Value);
        var (status, _, applied) = await wang.PostAsync("/workbench/holidays?handler=Apply", [new("json", json)]);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("已导入 2027 年放假安排（3 项），并记入审计日志。", applied, StringComparison.Ordinal);
        Assert.Contains("依据：国务院办公厅关于2027年部分节假日安排的通知（测试用）", applied, StringComparison.Ordinal);
        Assert.Equal(1, await ImportedAsync());
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
            var entry = await db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).LastAsync();
            var wangId = int.Parse(await _app.StaffKeyAsync("王秀兰"), System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal((HolidayCalendarStore.ImportedAction, "2027", wangId), (entry.Action, entry.EntityId, entry.ActorId!.Value));
        }

        Assert.DoesNotContain("2027 年的放假安排尚未导入", (await wang.GetAsync("/workbench")).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_template_is_previewed_for_the_coming_dates_saved_for_the_chat_too_and_restored()
    {
        var wang = await WorkbenchBrowser.SignedInAsync(_app, await _app.StaffKeyAsync("王秀兰"));
        await wang.GetAsync("/workbench/holidays");
        const string Text = "{holiday}将至（{firstOffDay}至{lastOffDay}放假），{bureau}提醒大家廉洁过节。";
        var preview = (await wang.PostAsync("/workbench/holidays?handler=Template", [new("key", HolidayKeys.NewYear), new("text", Text), new("act", "preview")])).Body;
        Assert.Contains("<p class=\"template-preview\">元旦将至（2027年1月1日至2027年1月3日放假），县审计局提醒大家廉洁过节。</p>", preview, StringComparison.Ordinal);
        Assert.Equal(0, await CustomTemplatesAsync()); // a preview saves nothing

        var typo = (await wang.PostAsync("/workbench/holidays?handler=Template", [new("key", HolidayKeys.NewYear), new("text", "{holliday}快乐"), new("act", "save")])).Body;
        Assert.Contains("模板中有不认识的占位符：{holliday}。", typo, StringComparison.Ordinal);
        Assert.Equal(0, await CustomTemplatesAsync());

        var saved = (await wang.PostAsync("/workbench/holidays?handler=Template", [new("key", HolidayKeys.NewYear), new("text", Text), new("act", "save")])).Body;
        Assert.Contains("已保存，并记入审计日志。", saved, StringComparison.Ordinal);
        Assert.Contains("元旦 <span class=\"muted\">（已自定义）</span>", saved, StringComparison.Ordinal);
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            Assert.Equal((Text, true), await scope.ServiceProvider.GetRequiredService<HolidayTemplates>().GetAsync(HolidayKeys.NewYear, CancellationToken.None));
        }

        // The chat's 节日提醒模板 shows the same text.
        var chat = new LocalChatClient(_app.CreateClient(), await _app.StaffKeyAsync("王秀兰"));
        await chat.SaysAsync("节日提醒模板");
        await chat.SaysAsync("元旦"); // seven holidays: a list to answer by name, not buttons
        chat.Hears("廉洁过节");

        await wang.GetAsync("/workbench/holidays");
        var reset = (await wang.PostAsync("/workbench/holidays?handler=Template", [new("key", HolidayKeys.NewYear), new("text", ""), new("act", "reset")])).Body;
        Assert.Contains("已恢复默认文本，并记入审计日志。", reset, StringComparison.Ordinal);
        Assert.Equal(0, await CustomTemplatesAsync());
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var actions = await scope.ServiceProvider.GetRequiredService<LianzhengDbContext>().AuditEntries.AsNoTracking()
                .Where(e => e.EntityType == HolidayTemplates.EntityType).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync();
            Assert.Equal([HolidayTemplates.SetAction, HolidayTemplates.ResetAction], actions);
        }
    }

    [Fact]
    public async Task The_live_preview_is_the_one_script_the_page_may_run_and_it_comes_from_the_bot()
    {
        var wang = await WorkbenchBrowser.SignedInAsync(_app, await _app.StaffKeyAsync("王秀兰"));
        using var holidays = await wang.GetResponseAsync("/workbench/holidays");
        Assert.Contains("script-src 'self'", holidays.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        using var staff = await wang.GetResponseAsync("/workbench/staff");
        Assert.DoesNotContain("script-src", staff.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        var script = await wang.GetResponseAsync("/workbench/assets/holiday-preview.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Contains("{firstOffDay}", await script.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        var page = await holidays.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Matches(@"data-holiday=""元旦""\s+data-first=""2027年1月1日""\s+data-last=""2027年1月3日""\s+data-bureau=""县审计局""", page);
    }

    [Fact]
    public async Task Only_the_supervisor_may_open_the_calendar_or_change_it()
    {
        foreach (var name in new[] { "周建国", "孙正平", "吴海燕", "朱浩然" })
        {
            var browser = await WorkbenchBrowser.SignedInAsync(_app, await _app.StaffKeyAsync(name));
            Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/workbench/holidays")).Status);
            Assert.DoesNotContain("放假安排尚未导入", (await browser.GetAsync("/workbench")).Body, StringComparison.Ordinal);
            await browser.GetAsync("/workbench/me");
            var upload = await browser.PostFileAsync("/workbench/holidays?handler=Preview", "arrangement", "2027.json", Encoding.UTF8.GetBytes(Arrangement2027));
            Assert.Equal(HttpStatusCode.NotFound, upload.Status);
            await browser.GetAsync("/workbench/me");
            var (status, _, _) = await browser.PostAsync("/workbench/holidays?handler=Template", [new("key", HolidayKeys.NewYear), new("text", "x"), new("act", "save")]);
            Assert.Equal(HttpStatusCode.NotFound, status);
        }

        Assert.Equal(0, await CustomTemplatesAsync());
        Assert.Equal(0, await ImportedAsync());
    }

    private async Task<int> ImportedAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LianzhengDbContext>().ImportedHolidayArrangements.CountAsync();
    }

    private async Task<int> CustomTemplatesAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LianzhengDbContext>().HolidayTemplates.CountAsync();
    }
}
