using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Personnel;
using Lianzheng.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lianzheng.Tests.Bot;

/// <summary>人员名录 on the real host: the directory with each person's channels and the warnings; a staff sheet uploaded
/// with a bad row is refused with its row number and nothing changes; fixed, it is previewed (who is added, changed,
/// marked as left) and applied in one go with the supervisor's name in the audit trail; for the 廉政监督员 only.</summary>
public sealed partial class WorkbenchStaffTests : IAsyncDisposable
{
    private const string Header = "工号,姓名,股室,角色,分管股室,邮箱,在职\n";

    private readonly BotApp _app = new(BotApp.NewDatabasePath(), settings: new Dictionary<string, string> { ["Bureau:PublicBaseUrl"] = WorkbenchBrowser.PublicBaseUrl });

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task The_supervisor_sees_everyone_with_the_channels_that_reach_them_and_what_the_directory_lacks()
    {
        var wang = await WorkbenchBrowser.SignedInAsync(_app, await _app.StaffKeyAsync("王秀兰"));
        var page = (await wang.GetAsync("/workbench/staff")).Body;
        Assert.Contains("<a href=\"/workbench/staff\" aria-current=\"page\">人员名录</a>", page, StringComparison.Ordinal);
        var zhu = Regex.Match(page, "<tr data-employee=\"A013\">(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Matches(@"<td><a href=""/workbench/staff/\d+"">朱浩然</a></td>\s*<td>财政审计股</td>", zhu);
        Assert.Contains("<td>审计人员</td>", zhu, StringComparison.Ordinal);
        Assert.Contains("本地网页聊天", zhu, StringComparison.Ordinal); // the local chat reaches everyone in Development
        Assert.Contains("名录完整", page, StringComparison.Ordinal);

        // A new section with an auditor in it and nobody heading or overseeing it; a leader who oversees nothing.
        await wang.GetAsync("/workbench/staff");
        var preview = await wang.PostFileAsync("/workbench/staff?handler=Preview", "sheet", "new.csv",
            Csv("A100,钱多多,内部审计指导股,审计人员,,,是", "A101,郑重,办公室,班子成员,,,是"));
        await ApplyAsync(wang, preview.Body);
        page = (await wang.GetAsync("/workbench/staff")).Body;
        Assert.Contains("<li>内部审计指导股没有股室负责人：谈话任务和备案审核无人对应。</li>", page, StringComparison.Ordinal);
        Assert.Contains("<li>班子成员郑重没有分管股室。</li>", page, StringComparison.Ordinal);
        Assert.Contains("<li>内部审计指导股没有分管领导：其人员的备案将送党组书记审核。</li>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sheet_with_a_bad_row_is_refused_with_its_row_and_nothing_changes_then_fixed_it_is_previewed_and_applied_once()
    {
        var wang = await WorkbenchBrowser.SignedInAsync(_app, await _app.StaffKeyAsync("王秀兰"));
        var before = await CountAsync(db => db.Staff.CountAsync());
        var entriesBefore = await CountAsync(db => db.AuditEntries.CountAsync());
        await wang.GetAsync("/workbench/staff");
        var bad = await wang.PostFileAsync("/workbench/staff?handler=Preview", "sheet", "名录.csv", Csv(
            "A100,钱多多,财政审计股,审计人员,,,是",
            "A013,朱浩然,经济责任审计股,审计人员,,a013@demo-audit.example,是",
            "A014,秦诗涵,财政审计股,审计人员,,a014@demo-audit.example,否",
            "A102,孙悟空,财政审计股,局长,,,是"));
        Assert.Equal(HttpStatusCode.OK, bad.Status);
        Assert.Contains("表格有问题，未导入任何内容", bad.Body, StringComparison.Ordinal);
        Assert.Contains("<li>第 5 行：未知角色“局长”", bad.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("确认导入", bad.Body, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync(db => db.Staff.CountAsync()));

        await wang.GetAsync("/workbench/staff");
        var good = await wang.PostFileAsync("/workbench/staff?handler=Preview", "sheet", "名录.csv", Csv(
            "A100,钱多多,财政审计股,审计人员,,,是",
            "A013,朱浩然,经济责任审计股,审计人员,,a013@demo-audit.example,是",
            "A014,秦诗涵,财政审计股,审计人员,,a014@demo-audit.example,否",
            "A015,尤子轩,财政审计股,审计人员,,a015@demo-audit.example,是"));
        Assert.Contains("<h3>将新增（1 人）</h3>", good.Body, StringComparison.Ordinal);
        Assert.Contains("<li>钱多多（A100）：股室：财政审计股；角色：审计人员</li>", good.Body, StringComparison.Ordinal);
        Assert.Contains("<h3>将修改（1 人）</h3>", good.Body, StringComparison.Ordinal);
        Assert.Contains("<li>朱浩然（A013）：股室：财政审计股 → 经济责任审计股</li>", good.Body, StringComparison.Ordinal);
        Assert.Contains("<h3>将标为离职（1 人）</h3>", good.Body, StringComparison.Ordinal);
        Assert.Contains("<li>秦诗涵（A014）：在职：是 → 否</li>", good.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("尤子轩（A015）", good.Body, StringComparison.Ordinal); // unchanged
        // A sheet is the whole entry of each person in it: leaving out the e-mail address would clear it, and the preview says so.
        await wang.GetAsync("/workbench/staff");
        var cleared = await wang.PostFileAsync("/workbench/staff?handler=Preview", "sheet", "名录.csv", Csv("A015,尤子轩,财政审计股,审计人员,,,是"));
        Assert.Contains("<li>尤子轩（A015）：邮箱：a015@demo-audit.example → （空）</li>", cleared.Body, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync(db => db.Staff.CountAsync())); // a preview changes nothing

        var applied = await ApplyAsync(wang, good.Body);
        Assert.Contains("已导入：新增 1 人，更新 3 人，新建股室 0 个。已记入审计日志。", applied, StringComparison.Ordinal);
        Assert.Equal(before + 1, await CountAsync(db => db.Staff.CountAsync()));
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
            Assert.Equal("经济责任审计股", await db.Staff.Where(s => s.EmployeeNo == "A013").Select(s => s.Section!.Name).SingleAsync());
            Assert.False(await db.Staff.Where(s => s.EmployeeNo == "A014").Select(s => s.IsActive).SingleAsync());
            var entry = await db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).LastAsync();
            Assert.Equal(("directory.import", int.Parse(await _app.StaffKeyAsync("王秀兰"), CultureInfo.InvariantCulture)), (entry.Action, entry.ActorId!.Value));
        }

        Assert.Equal(entriesBefore + 1, await CountAsync(db => db.AuditEntries.CountAsync()));
        // Previewing the same sheet again: nothing left to change.
        await wang.GetAsync("/workbench/staff");
        var again = await wang.PostFileAsync("/workbench/staff?handler=Preview", "sheet", "名录.csv", Csv(
            "A100,钱多多,财政审计股,审计人员,,,是", "A013,朱浩然,经济责任审计股,审计人员,,a013@demo-audit.example,是", "A014,秦诗涵,财政审计股,审计人员,,a014@demo-audit.example,否"));
        Assert.Contains("表格与现有名录一致，导入不会改变任何内容。", again.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_xlsx_sheet_is_read_as_import_staff_reads_it_and_what_is_no_sheet_is_refused_in_chinese()
    {
        var wang = await WorkbenchBrowser.SignedInAsync(_app, await _app.StaffKeyAsync("王秀兰"));
        using var workbook = new XLWorkbook();
        var sheet = workbook.AddWorksheet("名录");
        string[][] cells = [["工号", "姓名", "股室", "角色"], ["A200", "林小雨", "法规审理股", "审计人员"]];
        for (var r = 0; r < cells.Length; r++)
        {
            for (var c = 0; c < cells[r].Length; c++)
            {
                sheet.Cell(r + 1, c + 1).Value = cells[r][c];
            }
        }

        using var xlsx = new MemoryStream();
        workbook.SaveAs(xlsx);
        await wang.GetAsync("/workbench/staff");
        var preview = await wang.PostFileAsync("/workbench/staff?handler=Preview", "sheet", "名录.xlsx", xlsx.ToArray());
        Assert.Contains("<li>林小雨（A200）：股室：法规审理股；角色：审计人员</li>", preview.Body, StringComparison.Ordinal);

        await wang.GetAsync("/workbench/staff");
        Assert.Contains("无法读取该文件", (await wang.PostFileAsync("/workbench/staff?handler=Preview", "sheet", "坏.xlsx", [1, 2, 3, 4])).Body, StringComparison.Ordinal);
        await wang.GetAsync("/workbench/staff");
        using var notAWorkbook = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(notAWorkbook, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            await using var entry = zip.CreateEntry("word/document.xml").Open();
            await entry.WriteAsync(Encoding.UTF8.GetBytes("<w:document/>"), TestContext.Current.CancellationToken);
        }

        var renamed = await wang.PostFileAsync("/workbench/staff?handler=Preview", "sheet", "改名的文档.xlsx", notAWorkbook.ToArray());
        Assert.Equal(HttpStatusCode.OK, renamed.Status);
        Assert.Contains("无法读取该文件", renamed.Body, StringComparison.Ordinal);
        await wang.GetAsync("/workbench/staff");
        Assert.Contains("只能上传 .csv 或 .xlsx 表格。", (await wang.PostFileAsync("/workbench/staff?handler=Preview", "sheet", "名录.txt", Csv("A1,甲"))).Body,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_supervisor_may_open_the_directory_or_import_into_it()
    {
        foreach (var name in new[] { "周建国", "孙正平", "吴海燕", "朱浩然" })
        {
            var browser = await WorkbenchBrowser.SignedInAsync(_app, await _app.StaffKeyAsync(name));
            Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/workbench/staff")).Status);
            await browser.GetAsync("/workbench/me");
            var upload = await browser.PostFileAsync("/workbench/staff?handler=Preview", "sheet", "名录.csv", Csv("A300,某人,财政审计股,审计人员,,,是"));
            Assert.Equal(HttpStatusCode.NotFound, upload.Status);
            Assert.DoesNotContain("将新增", upload.Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task One_person_is_edited_on_his_own_page_under_the_import_rules_and_the_edit_is_in_the_audit_trail()
    {
        var wang = await WorkbenchBrowser.SignedInAsync(_app, await _app.StaffKeyAsync("王秀兰"));
        var zhu = await _app.StaffKeyAsync("朱浩然");
        var page = await wang.GetAsync($"/workbench/staff/{zhu}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("<h1>朱浩然（A013）</h1>", page.Body, StringComparison.Ordinal);
        Assert.Contains("<option value=\"财政审计股\" selected=\"selected\">财政审计股</option>", page.Body, StringComparison.Ordinal);

        // Oversight without the 班子成员 role: refused as an import would refuse the row, nothing changed.
        var refused = await wang.PostAsync($"/workbench/staff/{zhu}", Edit("经济责任审计股", ["Auditor"], ["法规审理股"]));
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("填写了分管股室，但角色中没有“班子成员”", refused.Body, StringComparison.Ordinal);
        Assert.Contains("<option value=\"经济责任审计股\" selected=\"selected\">经济责任审计股</option>", refused.Body, StringComparison.Ordinal); // as typed
        Assert.Contains("value=\"法规审理股\" checked=\"checked\"", refused.Body, StringComparison.Ordinal);
        Assert.Equal("财政审计股", await SectionOfAsync("A013"));

        await wang.GetAsync($"/workbench/staff/{zhu}");
        var saved = await wang.PostAsync($"/workbench/staff/{zhu}", Edit("经济责任审计股", ["Auditor", "AuditTeamLeader"], []));
        Assert.Equal((HttpStatusCode.Redirect, "/workbench/staff?saved=A013"), (saved.Status, saved.Location));
        Assert.Contains("已保存 A013 的信息，并记入审计日志。", (await wang.GetAsync(saved.Location!)).Body, StringComparison.Ordinal);
        Assert.Equal("经济责任审计股", await SectionOfAsync("A013"));
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
            var person = await db.Staff.AsNoTracking().Include(s => s.Roles).SingleAsync(s => s.EmployeeNo == "A013");
            Assert.Equal([StaffRole.AuditTeamLeader, StaffRole.Auditor], person.Roles.Select(r => r.Role).OrderDescending());
            Assert.Equal("a013@demo-audit.example", person.Email); // kept: the form carries it
            var entry = await db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).LastAsync();
            Assert.Equal(("directory.import", int.Parse(await _app.StaffKeyAsync("王秀兰"), CultureInfo.InvariantCulture)), (entry.Action, entry.ActorId!.Value));
            Assert.Contains("\"changed\":[\"A013\"]", entry.Details, StringComparison.Ordinal);
            Assert.Contains("股室：财政审计股 → 经济责任审计股", entry.Details, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await wang.GetAsync("/workbench/staff/99999")).Status);
        var wu = await WorkbenchBrowser.SignedInAsync(_app, await _app.StaffKeyAsync("吴海燕"));
        Assert.Equal(HttpStatusCode.NotFound, (await wu.GetAsync($"/workbench/staff/{zhu}")).Status);
        await wu.GetAsync("/workbench/me");
        Assert.Equal(HttpStatusCode.NotFound, (await wu.PostAsync($"/workbench/staff/{zhu}", Edit("财政审计股", ["Auditor"], []))).Status);
        Assert.Equal("经济责任审计股", await SectionOfAsync("A013"));
    }

    [Fact]
    public async Task The_wecom_directory_sync_runs_from_the_page_and_says_what_it_linked_and_what_it_left()
    {
        var wang = await WorkbenchBrowser.SignedInAsync(_app, await _app.StaffKeyAsync("王秀兰"));
        await wang.GetAsync("/workbench/staff");
        Assert.Contains("企业微信未配置", (await wang.PostAsync("/workbench/staff?handler=Sync", [])).Body, StringComparison.Ordinal);

        await using var fake = await Lianzheng.Fakes.FakeWeCom.StartAsync();
        fake.Departments.AddRange([(2, "办公室", 1), (3, "财政审计股", 1)]);
        fake.Members.AddRange([("a002", "吴海燕", [2]), ("nobody", "查无此人", [3])]);
        var settings = new Dictionary<string, string>(fake.BotSettings()) { ["Bureau:PublicBaseUrl"] = WorkbenchBrowser.PublicBaseUrl };
        await using var app = new BotApp(BotApp.NewDatabasePath(), settings: settings);
        var supervisor = await WorkbenchBrowser.SignedInAsync(app, await app.StaffKeyAsync("王秀兰"));
        await supervisor.GetAsync("/workbench/staff");
        var synced = (await supervisor.PostAsync("/workbench/staff?handler=Sync", [])).Body;
        Assert.Contains("同步完成：新关联 1 人，原已关联 0 人，有歧义 0 人，未匹配 1 人。", synced, StringComparison.Ordinal);
        Assert.Contains("查无此人", synced, StringComparison.Ordinal);
        var wu = Regex.Match(synced, "<tr data-employee=\"A002\">(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains("企业微信", wu, StringComparison.Ordinal);
        await using var scope = app.Services.CreateAsyncScope();
        var entry = await scope.ServiceProvider.GetRequiredService<LianzhengDbContext>().AuditEntries.AsNoTracking().OrderBy(e => e.Id).LastAsync();
        Assert.Equal(("directory.wecom-sync", int.Parse(await app.StaffKeyAsync("王秀兰"), CultureInfo.InvariantCulture)), (entry.Action, entry.ActorId!.Value));
    }

    private static KeyValuePair<string, string>[] Edit(string section, string[] roles, string[] oversees) =>
    [
        new("name", "朱浩然"), new("section", section), .. roles.Select(r => new KeyValuePair<string, string>("roles", r)),
        .. oversees.Select(o => new KeyValuePair<string, string>("oversees", o)), new("email", "a013@demo-audit.example"), new("mobile", ""), new("active", "true"),
    ];

    private async Task<string?> SectionOfAsync(string employeeNo)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LianzhengDbContext>().Staff.Where(s => s.EmployeeNo == employeeNo).Select(s => s.Section!.Name).SingleAsync();
    }

    private static byte[] Csv(params string[] rows) => Encoding.UTF8.GetBytes(Header + string.Join("\n", rows) + "\n");

    private static async Task<string> ApplyAsync(WorkbenchBrowser browser, string preview)
    {
        var data = HiddenField().Match(preview);
        Assert.True(data.Success, "No 确认导入 form in the preview.");
        var name = NameField().Match(preview).Groups[1].Value;
        var (status, _, body) = await browser.PostAsync("/workbench/staff?handler=Apply",
            [new("sheetData", WebUtility.HtmlDecode(data.Groups[1].Value)), new("sheetName", WebUtility.HtmlDecode(name))]);
        Assert.Equal(HttpStatusCode.OK, status);
        return body;
    }

    private async Task<int> CountAsync(Func<LianzhengDbContext, Task<int>> count)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await count(scope.ServiceProvider.GetRequiredService<LianzhengDbContext>());
    }

    [GeneratedRegex("name=\"sheetData\" value=\"([^\"]*)\"")]
    private static partial Regex HiddenField();

    [GeneratedRegex("name=\"sheetName\" value=\"([^\"]*)\"")]
    private static partial Regex NameField();
}
