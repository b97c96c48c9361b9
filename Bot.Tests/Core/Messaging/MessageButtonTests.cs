using Lianzheng.Core.Messaging;

namespace Lianzheng.Tests.Core.Messaging;

/// <summary>A link button opens only an absolute http(s) address: no channel is ever handed a script, data or relative one.</summary>
public sealed class MessageButtonTests
{
    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,<b>x</b>")]
    [InlineData("/workbench")]
    [InlineData("ftp://example.gov.cn/file")]
    public void A_link_to_anything_but_an_absolute_http_address_is_refused(string url) =>
        Assert.Throws<ArgumentException>(() => MessageButton.Link("打开", url));

    [Fact]
    public void A_link_to_an_https_address_is_a_link_without_an_action()
    {
        var button = MessageButton.Link("打开工作台", "https://lianzheng.example.gov.cn/workbench/signin?ticket=abc");
        Assert.True(button.IsLink);
        Assert.Equal("", button.Action);
    }
}
