using Lianzheng.Dialogs.Routing;
using Lianzheng.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lianzheng.Tests.Dialogs;

/// <summary>Menus and long lists keep buttons on every channel: more commands or answers than a message carries are
/// grouped in pages, so that nothing is reachable only by typing.</summary>
public sealed class MenusTests : IAsyncLifetime
{
    private DialogHarness _bot = null!;

    public async ValueTask InitializeAsync() => _bot = await DialogHarness.StartAsync();

    public ValueTask DisposeAsync() => _bot.DisposeAsync();

    [Fact]
    public async Task The_supervisors_grouped_menu_reaches_every_command_she_has_by_buttons()
    {
        var wang = await _bot.ChatAsAsync("王秀兰");
        var supervisor = await _bot.QueryAsync(db => db.Staff.Include(s => s.Roles).SingleAsync(s => s.Id == wang.StaffId));
        var expected = _bot.Services.GetRequiredService<DialogCatalog>().AvailableTo(supervisor)
            .Where(d => d.InMenu || d.FirstInMenuFor(supervisor)).Select(d => d.Name).ToList();
        Assert.True(expected.Count >= 10, $"The supervisor has {expected.Count} commands in her menu.");
        Assert.Contains("节日提醒模板", expected);

        await wang.SaysAsync("菜单");
        Assert.All(expected, name => wang.Hears("• " + name));
        Assert.Equal(6, wang.Buttons.Count());
        wang.SeesButtons("更多…", "帮助");
        var reached = new List<string>();
        for (var page = 0; page < 5; page++)
        {
            reached.AddRange(wang.Buttons.Where(b => b is not ("更多…" or "帮助" or "常用")));
            Assert.True(wang.Buttons.Count() <= 6);
            if (!wang.Buttons.Contains("更多…"))
            {
                break;
            }

            await wang.ClicksAsync("更多…");
            wang.Hears("更多事项（第");
        }

        Assert.Equal(expected.Order(), reached.Order());
        wang.SeesButtons("常用");
        await wang.ClicksAsync(reached[^1]);
        wang.DoesNotHear("更多事项");
        await wang.SaysAsync("取消");
        await wang.SaysAsync("菜单");
        await wang.ClicksAsync("更多…");
        await wang.ClicksAsync("常用");
        wang.Hears("请选择要办理的事项");
    }

    [Fact]
    public async Task A_staff_members_menu_puts_filing_first_and_the_workbench_under_more()
    {
        var zhu = await _bot.ChatAsAsync("朱浩然");
        await zhu.SaysAsync("菜单");
        Assert.Equal(["备案", "我的备案"], zhu.Buttons.Take(2));
        Assert.DoesNotContain("工作台", zhu.Buttons);
        zhu.Hears("• 工作台");
        await zhu.ClicksAsync("更多…");
        await zhu.ClicksAsync("工作台");
        zhu.Hears("工作台");
    }

    [Fact]
    public async Task A_choice_of_seven_keeps_its_buttons_in_pages()
    {
        var zhu = await _bot.ChatAsAsync("朱浩然");
        await zhu.SaysAsync("备案");
        await zhu.ClicksAsync("婚嫁");
        zhu.Hears("这是谁的事项", "7. 其他亲属");
        Assert.Equal(["本人", "配偶", "子女", "父母", "下一页"], zhu.Buttons);

        await zhu.ClicksAsync("下一页");
        zhu.Hears("这是谁的事项");
        Assert.Equal(["配偶父母", "兄弟姐妹", "其他亲属", "上一页"], zhu.Buttons);
        await zhu.ClicksAsync("上一页");
        Assert.Equal(["本人", "配偶", "子女", "父母", "下一页"], zhu.Buttons);
        await zhu.ClicksAsync("下一页");
        await zhu.ClicksAsync("兄弟姐妹");
        zhu.Hears("婚嫁的日期是哪天");
        await zhu.SaysAsync("返回");
        await zhu.SaysAsync("6");
        zhu.Hears("婚嫁的日期是哪天");
    }
}
