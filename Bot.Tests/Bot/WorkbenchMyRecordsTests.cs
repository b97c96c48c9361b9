using System.Net.Http.Json;
using Lianzheng.Bot.LocalChat;
using Lianzheng.Core.Filings;
using Lianzheng.Core.Persistence;
using Lianzheng.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Lianzheng.Tests.Bot;

/// <summary>我的记录 on the real host: the messages one was asked to confirm show whether and when one confirmed them, on
/// whichever channel; only one's own.</summary>
public sealed class WorkbenchMyRecordsTests : IAsyncDisposable
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(8)));
    private readonly BotApp _app;

    public WorkbenchMyRecordsTests() =>
        _app = new BotApp(BotApp.NewDatabasePath(), _clock, new Dictionary<string, string> { ["Bureau:PublicBaseUrl"] = WorkbenchBrowser.PublicBaseUrl });

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task A_message_to_confirm_shows_as_unconfirmed_then_with_the_time_it_was_confirmed()
    {
        var filing = await AuditScenario.FileWeddingAsync(_app.Services, "me-confirmations");
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var wu = await scope.ServiceProvider.GetRequiredService<LianzhengDbContext>().Staff.AsNoTracking().Include(s => s.Roles)
                .SingleAsync(s => s.Name == "吴海燕", TestContext.Current.CancellationToken);
            await scope.ServiceProvider.GetRequiredService<FilingService>().ReviewAsync(wu, filing.Id, ReviewDecision.Approve, null, TestContext.Current.CancellationToken);
        }

        var wang = await WorkbenchBrowser.SignedInAsync(_app, "5"); // the 廉政监督员 gets the decision for the record, to be read
        var before = (await wang.GetAsync("/workbench/me")).Body;
        Assert.Contains("我收到的需确认消息", before, StringComparison.Ordinal);
        Assert.Contains("<td>备案通知</td>", before, StringComparison.Ordinal);
        Assert.Contains("<td>未确认</td>", before, StringComparison.Ordinal);

        var http = _app.CreateClient();
        LocalButton? read = null;
        await Eventually.TrueAsync(async () =>
        {
            var pushed = (await http.GetFromJsonAsync<LocalPushResponse>("/api/local/messages?userId=5&after=0", TestContext.Current.CancellationToken))!.Messages;
            read = pushed.SelectMany(m => m.Buttons).FirstOrDefault(b => b.Label == FilingTexts.ReadLabel);
            return read is not null;
        }, "the decision's 已阅 button reaches 王秀兰's local chat");
        _clock.Advance(TimeSpan.FromMinutes(5));
        await new LocalChatClient(http, "5").SendsActionAsync(read!.Action!);

        var after = (await wang.GetAsync("/workbench/me")).Body;
        Assert.Contains("<td>已阅 2026-12-01 10:05</td>", after, StringComparison.Ordinal);
        Assert.Equal(CountOf(before, "<td>未确认</td>") - 1, CountOf(after, "<td>未确认</td>"));

        var zhu = await WorkbenchBrowser.SignedInAsync(_app, "14"); // the filer's own list holds his decision, not her record
        var his = (await zhu.GetAsync("/workbench/me")).Body;
        Assert.DoesNotContain("已阅 2026-12-01", his, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string fragment) => (text.Length - text.Replace(fragment, "", StringComparison.Ordinal).Length) / fragment.Length;
}
