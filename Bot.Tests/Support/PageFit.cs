using Microsoft.Playwright;

namespace Lianzheng.Tests.Support;

/// <summary>A page is usable on the screen it is shown on: nothing makes it scroll sideways.</summary>
public static class PageFit
{
    public static async Task AssertFitsWidthAsync(IPage page, BrowserNewContextOptions screen)
    {
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        Assert.True(width <= screen.ViewportSize!.Width, $"{page.Url} is {width} px wide on a {screen.ViewportSize.Width} px screen");
    }
}
