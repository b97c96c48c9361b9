using System.Globalization;
using System.Net;
using Lianzheng.Core.AuditProjects;
using Lianzheng.Core.Outbox;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Personnel;
using Lianzheng.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Lianzheng.Tests.Bot;

/// <summary>审计项目 on the real host: each project's cycle (pre-audit talk, commitments, 执行情况报告, 廉政回访) for the
/// supervisor, the secretary and the 派驻纪检监察组 (all), a leader (those he is responsible for), a team member (his
/// own); another's project is the page's 404; the detail shows the feedback whole; the export holds the page's rows.</summary>
public sealed class WorkbenchProjectsTests : IAsyncDisposable
{
    private const string Budget = "县财政局预算执行审计";
    private const string Pension = "县社保基金审计";
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 10, 0, 0, Beijing));
    private readonly BotApp _app;

    public WorkbenchProjectsTests() =>
        _app = new BotApp(BotApp.NewDatabasePath(), _clock,
            new Dictionary<string, string> { ["Bureau:PublicBaseUrl"] = WorkbenchBrowser.PublicBaseUrl, ["Scheduler:Enabled"] = "false" });

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Each_role_sees_the_projects_in_its_scope_and_another_leaders_project_is_404()
    {
        var budget = await RegisterAsync(Budget, major: true, "陈晓梅", "吴海燕", "朱浩然");
        var pension = await RegisterAsync(Pension, major: false, "卫丽娟", "郑立新", "施宇航");

        foreach (var name in new[] { "王秀兰", "周建国", "孙正平" })
        {
            var browser = await WorkbenchBrowser.SignedInAsync(_app, await _app.StaffKeyAsync(name));
            var list = (await browser.GetAsync("/workbench/projects")).Body;
            Assert.Contains($"<a href=\"/workbench/projects/{budget}\">{Budget}</a>", list, StringComparison.Ordinal);
            Assert.Contains($"<a href=\"/workbench/projects/{pension}\">{Pension}</a>", list, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/workbench/projects/{budget}")).Status);
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/workbench/projects/{pension}")).Status);
        }

        // 吴海燕 is responsible for the budget audit: she sees it, and the other project is a 404.
        foreach (var name in new[] { "吴海燕" })
        {
            var browser = await WorkbenchBrowser.SignedInAsync(_app, await _app.StaffKeyAsync(name));
            var list = (await browser.GetAsync("/workbench/projects")).Body;
            Assert.Contains(Budget, list, StringComparison.Ordinal);
            Assert.DoesNotContain(Pension, list, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/workbench/projects/{budget}")).Status);
            var (status, _, body) = await browser.GetAsync($"/workbench/projects/{pension}");
            Assert.Equal(HttpStatusCode.NotFound, status);
            Assert.Contains("不在您的查看范围内", body, StringComparison.Ordinal);
            Assert.DoesNotContain(Pension, body, StringComparison.Ordinal);
            Assert.DoesNotContain(Pension, (await browser.GetAsync("/workbench")).Body, StringComparison.Ordinal);
            Assert.DoesNotContain(Pension, string.Join(" ", SheetReadBack.Of((await browser.DownloadAsync("/workbench/projects.xlsx")).Bytes).Column("项目名称")),
                StringComparison.Ordinal);
        }

        var zheng = await WorkbenchBrowser.SignedInAsync(_app, await _app.StaffKeyAsync("郑立新"));
        Assert.Equal(HttpStatusCode.NotFound, (await zheng.GetAsync($"/workbench/projects/{budget}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await zheng.GetAsync($"/workbench/projects/{pension}")).Status);

        // Anyone who is neither a 班子成员 nor a bureau-wide viewer has only 我的记录: not the team's talk summary, its members'
        // 遵守/违反, the incident or the audited unit's 回访 — whether he is the team leader, on the team, or on none.
        foreach (var name in new[] { "陈晓梅", "朱浩然", "秦诗涵" })
        {
            var browser = await WorkbenchBrowser.SignedInAsync(_app, await _app.StaffKeyAsync(name));
            var (status, _, body) = await browser.GetAsync("/workbench/projects");
            Assert.Equal(HttpStatusCode.NotFound, status);
            Assert.DoesNotContain(Budget, body, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/workbench/projects/{budget}")).Status);
            Assert.Equal(HttpStatusCode.NotFound, (await browser.DownloadAsync("/workbench/projects.xlsx")).Status);
            var overview = (await browser.GetAsync("/workbench")).Body;
            Assert.DoesNotContain(Budget, overview, StringComparison.Ordinal);
            Assert.DoesNotContain("href=\"/workbench/projects\"", overview, StringComparison.Ordinal);
        }

        var qin = await WorkbenchBrowser.SignedInAsync(_app, await _app.StaffKeyAsync("秦诗涵"));
        Assert.Equal(HttpStatusCode.NotFound, (await qin.GetAsync("/workbench/projects/9999")).Status);
        Assert.Equal(HttpStatusCode.Redirect, (await WorkbenchBrowser.Anonymous(_app).GetAsync($"/workbench/projects/{budget}")).Status);
    }

    [Fact]
    public async Task A_projects_cycle_shows_its_talk_commitments_report_and_the_full_feedback_and_exports_the_rows_shown()
    {
        var budget = await RegisterAsync(Budget, major: true, "陈晓梅", "吴海燕", "朱浩然");
        var pension = await RegisterAsync(Pension, major: false, "卫丽娟", "郑立新", "施宇航");
        var longDetails = "审计组在进点当天接受了被审计单位安排的工作餐，" + string.Concat(Enumerable.Repeat("具体经过如下所述。", 50)) + "（完）";
        var longRemarks = string.Concat(Enumerable.Repeat("希望审计组继续保持良好作风。", 60)) + "以上是全部意见。";
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(longRemarks) > 2048);

        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var services = scope.ServiceProvider;
            var staff = await StaffAsync(services);
            Assert.NotNull(await services.GetRequiredService<AuditProjectService>()
                .RecordTalkAsync(staff["吴海燕"], budget, new DateOnly(2026, 12, 1), "审前集体廉政提醒谈话：重申四严禁八不准。", CancellationToken.None));
            var reminder = await services.GetRequiredService<LianzhengDbContext>().AuditProjects.AsNoTracking().Where(p => p.Id == budget)
                .Select(p => p.TeamReminderMessageId!.Value).SingleAsync();
            Assert.Equal(ConfirmOutcome.Confirmed, await services.GetRequiredService<OutboxWriter>().ConfirmAsync(reminder, staff["朱浩然"].Id, CancellationToken.None));
            Assert.NotNull(await services.GetRequiredService<AuditFieldworkService>().ReportAsync(staff["陈晓梅"], budget,
                new ExecutionReportDraft(new Dictionary<int, bool> { [staff["朱浩然"].Id] = false }, "朱浩然接受了一次工作餐。", "朱浩然", "已退还餐费并作检讨。"),
                CancellationToken.None));
            var code = await services.GetRequiredService<LianzhengDbContext>().AuditProjects.AsNoTracking().Where(p => p.Id == budget)
                .Select(p => p.FeedbackCode!).SingleAsync();
            Assert.Equal(FeedbackOutcome.Stored, await services.GetRequiredService<AuditFeedbackService>().SubmitAsync(code, "workbench-feedback-1",
                new FeedbackAnswers(new Dictionary<FeedbackTopic, string> { [FeedbackTopic.Banquets] = longDetails }, FeedbackRating.FairlySatisfied, longRemarks,
                    "办公室 张三"), CancellationToken.None));
        }

        var wang = await WorkbenchBrowser.SignedInAsync(_app, await _app.StaffKeyAsync("王秀兰"));
        var list = (await wang.GetAsync("/workbench/projects")).Body;
        Assert.Contains("共 2 个项目", list, StringComparison.Ordinal);
        Assert.Contains("<td>2026年12月1日</td>", list, StringComparison.Ordinal); // the budget audit's talk
        Assert.Contains("<td>1/2（未承诺：陈晓梅）</td>", list, StringComparison.Ordinal);
        Assert.Contains("<td>遵守 1 人，违反 1 人，有问题情况</td>", list, StringComparison.Ordinal);
        Assert.Contains("<td>1 份（反映问题 1 份）</td>", list, StringComparison.Ordinal);
        Assert.Contains("<td>不适用</td>", list, StringComparison.Ordinal); // the pension audit is not major
        Assert.Contains("<td>0/2（未承诺：卫丽娟、施宇航）</td>", list, StringComparison.Ordinal);

        var overview = (await wang.GetAsync("/workbench")).Body;
        Assert.Contains("<a href=\"/workbench/projects\">", overview, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/workbench/projects/{budget}\">{Budget}</a>（重大项目）", overview, StringComparison.Ordinal);
        Assert.Contains("<td>1/2（未承诺：陈晓梅）</td>", overview, StringComparison.Ordinal);

        var detail = (await wang.GetAsync($"/workbench/projects/{budget}")).Body;
        Assert.Contains("审前集体廉政提醒谈话：重申四严禁八不准。", detail, StringComparison.Ordinal);
        Assert.Contains("<td>朱浩然</td>\n            <td>已确认</td>\n            <td>有违反</td>", detail.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("已退还餐费并作检讨。", detail, StringComparison.Ordinal);
        Assert.Contains("有：" + longDetails, detail, StringComparison.Ordinal);
        Assert.Contains(longRemarks, detail, StringComparison.Ordinal);
        Assert.Contains("基本满意", detail, StringComparison.Ordinal);
        Assert.Contains("办公室 张三", detail, StringComparison.Ordinal);

        var export = await wang.DownloadAsync("/workbench/projects.xlsx");
        Assert.Equal((HttpStatusCode.OK, "审计项目-20261201.xlsx"), (export.Status, export.FileName));
        var sheet = SheetReadBack.Of(export.Bytes);
        Assert.Equal(["年度：2026", "查看范围：全局", "导出人：王秀兰", "导出时间：2026-12-01 10:00（北京时间）"], sheet.Preamble);
        Assert.Equal([pension, budget], sheet.Column("编号").Select(n => int.Parse(n, CultureInfo.InvariantCulture)));
        Assert.Equal(IdsIn(list), sheet.Column("编号").Select(n => int.Parse(n, CultureInfo.InvariantCulture)));
        var row = sheet.Rows[1];
        var headers = sheet.Headers.ToList();
        Assert.Equal(new DateTime(2026, 12, 3), row[headers.IndexOf("进场")].Date);
        Assert.Equal(new DateTime(2026, 12, 1), row[headers.IndexOf("审前谈话")].Date);
        Assert.Equal("1/2", row[headers.IndexOf("廉政承诺")].Text);
        Assert.Equal("陈晓梅", row[headers.IndexOf("未承诺")].Text);
        Assert.Equal("1", row[headers.IndexOf("廉政回访")].Text);
        Assert.Equal("不适用", sheet.Rows[0][headers.IndexOf("审前谈话")].Text);
    }

    private static List<int> IdsIn(string page) =>
        [.. System.Text.RegularExpressions.Regex.Matches(page, "href=\"/workbench/projects/(\\d+)\"").Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))];

    private static Task<Dictionary<string, Staff>> StaffAsync(IServiceProvider services) =>
        services.GetRequiredService<LianzhengDbContext>().Staff.AsNoTracking().Include(s => s.Roles).ToDictionaryAsync(s => s.Name);


    /// <summary>A project registered by the 廉政监督员 through the service 登记审计项目 uses in chat: 进点 in two days
    /// (the budget audit) or four, 离场 a week later.</summary>
    private Task<int> RegisterAsync(string name, bool major, string teamLeader, string leader, string member)
    {
        _ = _app.CreateClient();
        return AuditScenario.RegisterProjectAsync(_app.Services, name, major, new DateOnly(2026, 12, major ? 3 : 5), teamLeader, leader, member);
    }
}
