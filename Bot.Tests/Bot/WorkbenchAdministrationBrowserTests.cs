using System.Net;
using System.Text;
using Lianzheng.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lianzheng.Tests.Bot;

/// <summary>The 廉政监督员 runs the bot from the 工作台 in a real browser (Debian's chromium), against the real host on
/// 127.0.0.1, without a shell: she uploads a staff sheet with one bad row (sees the row's problem, nothing is applied),
/// fixes it, previews and applies it; uploads next year's holiday arrangement and imports it; sees a holiday template's
/// preview follow what she types; on a 390 px phone the
/// pages fit the screen.</summary>
public sealed class WorkbenchAdministrationBrowserTests
{
    [Fact]
    public async Task The_supervisor_imports_a_staff_sheet_after_fixing_its_bad_row_and_next_years_holiday_arrangement()
    {
        Prerequisites.RequireChromium();
        var port = LoopbackPort.Free();
        var address = $"http://127.0.0.1:{port}";
        await using var app = new BotApp(BotApp.NewDatabasePath(), settings: new Dictionary<string, string> { ["Bureau:PublicBaseUrl"] = address });
        app.UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        app.StartServer();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Prerequisites.ChromiumPath, Headless = true });
        var phone = new BrowserNewContextOptions { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true };
        var wang = await ChromiumSignIn.SignedInAsync(browser, address, "王秀兰（办公室）", phone);

        await wang.Locator("header nav a", new() { HasTextString = "人员名录" }).ClickAsync();
        await Expect(wang.Locator("h1")).ToHaveTextAsync("人员名录");
        await PageFit.AssertFitsWidthAsync(wang, phone);
        const string Header = "工号,姓名,股室,角色,分管股室,邮箱,在职\n";
        await wang.SetInputFilesAsync("input[name=sheet]", new FilePayload
        {
            Name = "名录.csv", MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes(Header + "A100,钱多多,财政审计股,审计人员,,,是\nA101,孙悟空,财政审计股,局长,,,是\n"),
        });
        await wang.Locator("form button", new() { HasTextString = "预览" }).ClickAsync();
        await Expect(wang.Locator("#preview")).ToContainTextAsync("第 3 行：未知角色“局长”");
        await Expect(wang.Locator("#preview button")).ToHaveCountAsync(0);
        await Expect(wang.Locator("tr[data-employee=A100]")).ToHaveCountAsync(0);

        await wang.SetInputFilesAsync("input[name=sheet]", new FilePayload
        {
            Name = "名录.csv", MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes(Header + "A100,钱多多,财政审计股,审计人员,,,是\nA101,孙悟空,财政审计股,审计人员,,,是\n"),
        });
        await wang.Locator("form button", new() { HasTextString = "预览" }).ClickAsync();
        await Expect(wang.Locator("#preview")).ToContainTextAsync("将新增（2 人）");
        await wang.Locator("#preview button", new() { HasTextString = "确认导入" }).ClickAsync();
        await Expect(wang.Locator("#applied")).ToContainTextAsync("已导入：新增 2 人");
        await Expect(wang.Locator("tr[data-employee=A100]")).ToContainTextAsync("钱多多");
        await PageFit.AssertFitsWidthAsync(wang, phone);

        var nextYear = TimeProvider.System.GetUtcNow().ToOffset(TimeSpan.FromHours(8)).Year + 1;
        await wang.Locator("header nav a", new() { HasTextString = "节假日" }).ClickAsync();
        await wang.SelectOptionAsync("select[name=year]", nextYear.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await wang.Locator("form.filters button").ClickAsync();
        await Expect(wang.Locator("#estimated")).ToContainTextAsync($"{nextYear} 年的国务院办公厅节假日安排尚未导入");
        await wang.SetInputFilesAsync("input[name=arrangement]", new FilePayload
        {
            Name = $"{nextYear}.json", MimeType = "application/json",
            Buffer = Encoding.UTF8.GetBytes($$"""
                { "year": {{nextYear}}, "source": "国务院办公厅关于{{nextYear}}年部分节假日安排的通知（测试用）",
                  "holidays": [ { "keys": ["newyear"], "firstOffDay": "{{nextYear}}-01-01", "lastOffDay": "{{nextYear}}-01-03", "workdays": [] } ] }
                """),
        });
        await wang.Locator("form button", new() { HasTextString = "预览" }).First.ClickAsync();
        await Expect(wang.Locator("#arrangement-preview")).ToContainTextAsync($"导入预览：{nextYear} 年");
        await wang.Locator("#arrangement-preview button", new() { HasTextString = "确认导入" }).ClickAsync();
        await Expect(wang.Locator("#imported")).ToContainTextAsync($"已导入 {nextYear} 年放假安排（1 项）");
        await Expect(wang.Locator("main")).ToContainTextAsync($"依据：国务院办公厅关于{nextYear}年部分节假日安排的通知（测试用）");
        await PageFit.AssertFitsWidthAsync(wang, phone);

        // A template's preview follows the text as it is typed, with the holiday's coming dates; nothing is saved by typing.
        var newYear = wang.Locator("#template-newyear");
        await newYear.Locator("textarea").FillAsync("{holiday}将至，{bureau}提醒：{firstOffDay}起放假。");
        await Expect(newYear.Locator(".template-live")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^元旦将至，县审计局提醒：\d{4}年1月1日起放假。$"));
        await Expect(newYear.Locator("h3")).ToContainTextAsync("默认文本");
    }
}
