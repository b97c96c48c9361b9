using System.Text.Json.Nodes;
using Lianzheng.Bot.WeCom;
using Lianzheng.Fakes;
using Lianzheng.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Lianzheng.Tests.Bot;

/// <summary>Http:Proxy: the bot reaches WeCom through the bureau's proxy, signing in to it with the credentials in the
/// address. The WeCom host the bot calls resolves nowhere: only the proxy can reach the fake that plays it.</summary>
public sealed class HttpProxyTests
{
    private const string WeComHost = "qyapi.proxy-test.invalid";

    [Fact]
    public async Task WeCom_calls_go_through_the_configured_proxy_with_its_credentials()
    {
        await using var wecom = await FakeWeCom.StartAsync();
        await using var proxy = await FakeForwardProxy.StartAsync(new Dictionary<string, string> { [WeComHost] = wecom.BaseUrl });
        var settings = new Dictionary<string, string>(wecom.BotSettings())
        {
            ["Channels:WeCom:ApiBaseUrl"] = $"http://{WeComHost}/cgi-bin",
            ["Http:Proxy"] = proxy.AddressWithCredentials,
            ["Scheduler:Enabled"] = "false",
        };
        await using var app = new BotApp(BotApp.NewDatabasePath(), settings: settings);
        _ = app.CreateClient();

        var answer = await app.Services.GetRequiredService<WeComApiClient>().SendMessageAsync(
            new JsonObject { ["touser"] = "wangxiulan", ["msgtype"] = "text", ["agentid"] = FakeWeCom.AgentId, ["text"] = new JsonObject { ["content"] = "经代理发送" } },
            TestContext.Current.CancellationToken);

        Assert.Equal(0, answer.ErrorCode);
        Assert.Single(wecom.Sent);
        Assert.Equal(["/cgi-bin/gettoken", "/cgi-bin/message/send"], proxy.Forwarded.Where(f => f.Host == WeComHost).Select(f => f.Path));
        Assert.True(proxy.Challenged > 0, "the proxy asked for its credentials, and the bot answered with those of the address");
    }

    [Fact]
    public async Task A_proxy_that_is_no_http_address_is_refused_at_start_in_the_deployers_words()
    {
        await using var app = new BotApp(BotApp.NewDatabasePath(), settings: new Dictionary<string, string> { ["Http:Proxy"] = "proxy.example.gov.cn:8080" });
        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());
        Assert.Contains("Http:Proxy must be an absolute http:// address", error.ToString(), StringComparison.Ordinal);
    }
}
