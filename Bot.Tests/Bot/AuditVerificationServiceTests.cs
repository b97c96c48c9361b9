using System.Net.Http.Json;
using Lianzheng.Bot.LocalChat;
using Lianzheng.Core.Audit;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Persistence;
using Lianzheng.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace Lianzheng.Tests.Bot;

/// <summary>The real host verifies the audit trail when it starts and once a day: a broken trail is logged as an error
/// and told to the integrity supervisors (王秀兰 in the demo bureau) once a day; appending onto it is logged; each
/// verification anchors the head.</summary>
public sealed class AuditVerificationServiceTests
{
    private const string AlarmTitle = "审计日志完整性告警";

    [Fact]
    public async Task A_trail_broken_while_the_bot_was_down_is_found_at_start_logged_and_told_to_the_supervisors_once_a_day()
    {
        var database = BotApp.NewDatabasePath();
        // One bureau day throughout, so that "once a day" is what is tested.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(8)));
        await using (var first = new BotApp(database, clock))
        {
            _ = first.CreateClient();
            await AuditScenario.FileWeddingAsync(first.Services, "startup-test");
        }

        Assert.Equal(1, await AuditScenario.ExecuteAsync(database, "UPDATE Filings SET ExpectedGuests = 800"));

        var logs = new CollectingLoggerProvider();
        await using (var app = new BotApp(database, clock))
        await using (var logged = app.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs))))
        {
            using var http = logged.CreateClient();
            var supervisor = (await http.GetFromJsonAsync<List<LocalUser>>("/api/local/users"))!.Single(u => u.Name == "王秀兰");
            // The start's verification runs beside the first requests (the trail began with states recorded).
            var pushed = new List<LocalPushedMessage>();
            await Eventually.TrueAsync(async () =>
            {
                pushed = [.. (await http.GetFromJsonAsync<LocalPushResponse>($"/api/local/messages?userId={supervisor.Id}&after=0"))!.Messages];
                return pushed.Any(m => m.Title == AlarmTitle);
            }, "the supervisor was not told of the broken trail after the start");
            var alarm = Assert.Single(pushed, m => m.Title == AlarmTitle);
            Assert.Contains("备案 #1 与第 3 条审计记录所记的内容不符：expectedGuests 审计记录为 80，数据库中为 800", alarm.Text, StringComparison.Ordinal);
            Assert.Contains(alarm.Facts, f => f.Key == "涉及记录" && f.Value == "备案 #1");
            Assert.Contains(alarm.Facts, f => f.Key == "审计记录" && f.Value == "#3");
            Assert.True(logs.Logged(LogLevel.Error, "The audit trail is broken (record-changed"), string.Join('\n', logs.Entries));

            // The bot goes on working, and says loudly that it appends onto a broken trail.
            await AuditScenario.FileWeddingAsync(logged.Services, "startup-test-2");
            Assert.True(logs.Logged(LogLevel.Error, "onto a broken audit trail (record-changed"), string.Join('\n', logs.Entries));
        }

        // Restarted the same day: still broken, still logged, but the supervisors are not told twice.
        var logsAgain = new CollectingLoggerProvider();
        await using (var restarted = new BotApp(database, clock))
        await using (var again = restarted.WithWebHostBuilder(b => b
            .UseSetting("Logging:LogLevel:Lianzheng.Bot.Hosting.AuditVerificationService", "Information")
            .ConfigureLogging(l => l.AddProvider(logsAgain))))
        {
            _ = again.CreateClient();
            await Eventually.TrueAsync(() => Task.FromResult(logsAgain.Logged(LogLevel.Information, "The integrity supervisors are told")),
                "the start's verification did not find the trail broken again");
            Assert.True(logsAgain.Logged(LogLevel.Error, "The audit trail is broken (record-changed"), string.Join('\n', logsAgain.Entries));
            await using var scope = again.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
            Assert.Equal(1, await db.OutboxMessages.CountAsync(m => m.Kind == AuditAlarm.OutboxKind));
        }
    }

    [Fact]
    public async Task An_intact_trail_is_anchored_at_start_and_verified_again_every_day()
    {
        var database = BotApp.NewDatabasePath();
        var anchorFile = database + ".audit-anchor";
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(8)));
        await using var app = new BotApp(database, clock);
        _ = app.CreateClient();
        // The start's verification runs beside the first requests (the trail began with states recorded).
        await Eventually.TrueAsync(() => Task.FromResult(AnchorLines(anchorFile).Count == 2), "the start's verification did not anchor the head");
        var lines = AnchorLines(anchorFile);
        Assert.Equal(2, lines.Count); // started before the demo's entries (the import, the passport in custody), then the head after the start verification
        Assert.EndsWith("\t2", string.Join('\t', lines[^1].Split('\t').Take(2)), StringComparison.Ordinal);

        await AuditScenario.FileWeddingAsync(app.Services, "daily-test");
        clock.Advance(TimeSpan.FromDays(1));
        await Eventually.TrueAsync(() => Task.FromResult(AnchorLines(anchorFile).Count == 3), "the daily verification did not anchor the head");
        Assert.Equal("3", AnchorLines(anchorFile)[^1].Split('\t')[1]);

        // Broken during the day: the next daily verification tells the supervisors.
        await AuditScenario.ExecuteAsync(database, "UPDATE Filings SET Place = '别处'");
        clock.Advance(TimeSpan.FromDays(1));
        await Eventually.TrueAsync(async () =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<LianzhengDbContext>().OutboxMessages
                .AnyAsync(m => m.Kind == AuditAlarm.OutboxKind && m.SourceKey == "audit-broken:2026-12-03");
        }, "the supervisors were not told");
    }

    private static List<string> AnchorLines(string path) =>
        File.Exists(path) ? [.. File.ReadAllLines(path).Where(l => l.Length > 0 && !l.StartsWith('#'))] : [];
}
