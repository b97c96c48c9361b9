using Lianzheng.Core.Inbound;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Persistence;
using Lianzheng.Fakes;
using Lianzheng.Tests.Bot.Teams;
using Lianzheng.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Tests.Bot.Inbound;

/// <summary>The bot as its own process, killed with SIGKILL at the worst moment of a turn and started again on the
/// same database: what the person said is acted on once and answered once.</summary>
public sealed class TurnCrashTests : IAsyncLifetime
{
    private const string Wu = "29:wu";
    private FakeBotFramework _fake = null!;
    private ProcessBot _bot = null!;

    public async ValueTask InitializeAsync()
    {
        _fake = await FakeBotFramework.StartAsync();
        _fake.Emails[Wu] = "a002@demo-audit.example"; // 吴海燕, a leader of the demo bureau
        _bot = new ProcessBot(_fake.BotSettings());
    }

    public async ValueTask DisposeAsync() => await _fake.DisposeAsync();

    private Task<BotProcess> StartBotAsync() => _bot.StartAsync();

    private Task<T> QueryAsync<T>(Func<LianzhengDbContext, Task<T>> query) => _bot.QueryAsync(query);

    [Fact]
    public async Task A_turn_killed_right_after_it_committed_is_not_run_again_and_its_reply_goes_out_once_after_the_restart()
    {
        var bot = await StartBotAsync();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri(bot.BaseUrl) };
            var teams = new TeamsTestKit(_fake, http, _bot.AllInboundHandledAsync);
            await teams.SayAsync(Wu, "记录谈话");
            await teams.SayAsync(Wu, "陈晓梅（财政审计股）");
            await teams.SayAsync(Wu, "日常廉政谈话");
            await teams.SayAsync(Wu, "个别谈话");
            await teams.SayAsync(Wu, "今天");
            Assert.Contains("请核对", TeamsTestKit.Read((await teams.SayAsync(Wu, "提醒严守审计“八不准”")).Last()), StringComparison.Ordinal);

            // The Connector holds the reply: the turn has committed, its answer has not gone out, and then the bot dies.
            _fake.ConnectorDelay = TimeSpan.FromMinutes(10);
            Assert.Equal(System.Net.HttpStatusCode.OK, (await teams.PostAsync(teams.Activity(Wu, text: "是", id: "act-confirm"))).StatusCode);
            await Eventually.TrueAsync(() => QueryAsync(db => db.IntegrityTalks.AnyAsync()), "the talk committed", 30_000);
            await bot.KillAsync();
        }
        finally
        {
            await bot.DisposeAsync();
        }

        _fake.ConnectorDelay = TimeSpan.Zero;
        await using var restarted = await StartBotAsync();
        await Eventually.TrueAsync(
            async () => _fake.RepliesTo.GetValueOrDefault("act-confirm") >= 1
                && await QueryAsync(db => db.InboundWork.AllAsync(w => w.ProcessedAt != null && w.RepliedAt != null)),
            "the stored reply sent after the restart", 60_000);

        Assert.Equal(1, await QueryAsync(db => db.IntegrityTalks.CountAsync()));
        Assert.Equal(1, await QueryAsync(db => db.AuditEntries.CountAsync(e => e.Action == "talk.recorded")));
        Assert.Equal(1, _fake.RepliesTo["act-confirm"]);
        var reply = _fake.ActivitiesTo(TeamsTestKit.ConversationOf(Wu)).Last(c => c.Path.EndsWith("/activities/act-confirm", StringComparison.Ordinal));
        Assert.Contains("已记录谈话", TeamsTestKit.Read(reply.Body), StringComparison.Ordinal);
        Assert.Contains(_bot.Output, line => line.Contains("with replies still to send", StringComparison.Ordinal));
    }
}
