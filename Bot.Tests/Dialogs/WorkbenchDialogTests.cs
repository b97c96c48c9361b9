using Lianzheng.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Tests.Dialogs;

/// <summary>工作台 in chat: those who oversee others' records find it as the first button of their menu; everyone can
/// still type it and gets his own sign-in link.</summary>
public sealed class WorkbenchDialogTests : IAsyncLifetime
{
    private DialogHarness _bot = null!;

    public async ValueTask InitializeAsync() => _bot = await DialogHarness.StartAsync();

    public ValueTask DisposeAsync() => _bot.DisposeAsync();

    [Theory]
    [InlineData("王秀兰")] // 廉政监督员
    [InlineData("周建国")] // 党组书记
    [InlineData("吴海燕")] // 班子成员
    public async Task An_overseer_finds_the_workbench_first_in_the_menu_and_its_button_gives_the_link(string name)
    {
        var overseer = await _bot.ChatAsAsync(name);
        await overseer.SaysAsync("菜单");
        Assert.Equal("工作台", overseer.Buttons.First());
        Assert.Equal("帮助", overseer.Buttons.Last());
        Assert.Equal(overseer.Buttons.Count(), overseer.Buttons.Distinct().Count());

        await overseer.ClicksAsync("工作台");
        overseer.Hears("请在 10 分钟内打开下面的链接登录工作台");
        Assert.Contains(overseer.Replies.SelectMany(r => r.Buttons), b => b.IsLink && b.Url!.Contains("/workbench/signin?ticket=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_auditor_has_no_workbench_button_but_can_type_it()
    {
        var zhu = await _bot.ChatAsAsync("朱浩然");
        await zhu.SaysAsync("菜单");
        Assert.DoesNotContain("工作台", zhu.Buttons);
        Assert.Contains("备案", zhu.Buttons);

        await zhu.SaysAsync("工作台");
        zhu.Hears("请在 10 分钟内打开下面的链接登录工作台");
    }

    [Fact]
    public async Task Tickets_a_day_past_their_expiry_are_deleted_when_new_ones_are_issued()
    {
        var zhu = await _bot.ChatAsAsync("朱浩然");
        await zhu.SaysAsync("工作台");
        _bot.Time.Advance(TimeSpan.FromHours(20));
        await zhu.SaysAsync("工作台");
        Assert.Equal(2, await _bot.QueryAsync(db => db.SignInTickets.CountAsync(t => t.StaffId == zhu.StaffId)));

        _bot.Time.Advance(TimeSpan.FromHours(5)); // the first is now a day and a quarter of an hour past its expiry
        await zhu.SaysAsync("工作台");
        Assert.Equal(2, await _bot.QueryAsync(db => db.SignInTickets.CountAsync(t => t.StaffId == zhu.StaffId)));
    }
}
