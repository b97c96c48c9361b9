using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Lianzheng.Tests.Support;

/// <summary>Signs a person in to the 工作台 in chromium as people do: in the local chat at <c>{address}/chat</c> he picks
/// himself, sends 工作台, follows the new link and presses 登录.</summary>
public static class ChromiumSignIn
{
    public static async Task<IPage> SignedInAsync(IBrowser browser, string address, string user, BrowserNewContextOptions screen)
    {
        var context = await browser.NewContextAsync(screen);
        var page = await context.NewPageAsync();
        await page.GotoAsync(address + "/chat");
        await Expect(page.Locator("body[data-ready=true]")).ToHaveCountAsync(1);
        await page.SelectOptionAsync("#user", new SelectOptionValue { Label = user });
        // The chat shows this person's earlier messages too: wait for the new link, not an earlier (spent) one.
        var links = page.Locator(".msg.bot a.link", new() { HasTextString = "打开工作台" });
        var earlier = await links.CountAsync();
        await page.FillAsync("#input", "工作台");
        await page.PressAsync("#input", "Enter");
        await Expect(links).ToHaveCountAsync(earlier + 1);
        var href = await links.Last.GetAttributeAsync("href");
        Assert.StartsWith(address + "/workbench/signin?ticket=", href, StringComparison.Ordinal);
        await page.GotoAsync(href!);
        await Expect(page.Locator("h1")).ToHaveTextAsync("登录工作台");
        await page.Locator("main button", new() { HasTextString = "登录" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(address + "/workbench"); // on failure, says where the browser is instead
        return page;
    }
}
