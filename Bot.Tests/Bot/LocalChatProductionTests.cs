using Lianzheng.Core.Messaging;
using Lianzheng.Tests.Support;
using Microsoft.Extensions.Options;

namespace Lianzheng.Tests.Bot;

/// <summary>The local web chat lets whoever reaches it act as anyone: outside Development the host refuses to start with it.</summary>
public sealed class LocalChatProductionTests
{
    [Fact]
    public async Task Local_chat_enabled_in_production_is_refused_at_start_with_a_message_for_the_deployer()
    {
        await using var app = new BotApp(BotApp.NewDatabasePath(), settings: new Dictionary<string, string>
        {
            ["environment"] = "Production",
            ["Channels:Local:Enabled"] = "true",
        });

        var refused = Assert.ThrowsAny<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains("Channels:Local:Enabled=true is refused in the Production environment", refused.Message, StringComparison.Ordinal);
        Assert.Contains("Development", refused.Message, StringComparison.Ordinal);
    }
}
