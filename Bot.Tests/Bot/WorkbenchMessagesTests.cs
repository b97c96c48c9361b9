using System.Net;
using System.Text.RegularExpressions;
using Lianzheng.Core.Announcements;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Outbox;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Personnel;
using Lianzheng.Fakes;
using Lianzheng.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lianzheng.Tests.Bot;

/// <summary>廉政提醒 on the 工作台, on the real host with a fake WeCom on loopback (and the local chat): a message's page
/// shows every person and channel with where the delivery stands and whether he confirmed, for the whole bureau's viewers
/// only; the 廉政监督员 reminds the unconfirmed, resends to the unreached (never to one it reached, never twice) and composes
/// a message with a preview, as in chat; the secretary may look but not act; the export holds the page's rows.</summary>
public sealed partial class WorkbenchMessagesTests : IAsyncLifetime
{
    private const string Title = "月度廉政提醒";
    private static readonly System.Text.Json.JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private FakeWeCom _wecom = null!;
    private BotApp _app = null!;

    public async ValueTask InitializeAsync()
    {
        _wecom = await FakeWeCom.StartAsync();
        var settings = _wecom.BotSettings();
        settings["Bureau:PublicBaseUrl"] = "https://lianzheng.example.gov.cn";
        // The real clock (the channels' pace runs on it); no scheduled duty of the real date sends anything meanwhile.
        settings["Scheduler:Enabled"] = "false";
        _app = new BotApp(BotApp.NewDatabasePath(), settings: settings);
        // 财政审计股 on WeCom: 朱浩然 and 尤子轩 as userids WeCom refuses, 秦诗涵 as one it takes.
        await LinkAsync("朱浩然", "ZhuHaoran");
        await LinkAsync("尤子轩", "YouZixuan");
        await LinkAsync("秦诗涵", "QinShihan");
        _wecom.InvalidUsers["ZhuHaoran"] = true;
        _wecom.InvalidUsers["YouZixuan"] = true;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _wecom.DisposeAsync();
    }

    [Fact]
    public async Task The_page_shows_each_person_and_channel_with_its_state_for_the_bureau_viewers_and_is_404_for_a_leader()
    {
        var id = await SendFromChatAsync();
        await SetLocalAsync(id, "陈晓梅", d => { d.LastError = "throttled"; d.NextAttemptAt = DateTimeOffset.UtcNow.AddMinutes(5); });
        await SetLocalAsync(id, "魏博文", d => { d.Status = DeliveryStatus.Failed; d.LastError = "refused by the channel"; });
        await ConfirmAsync(id, "秦诗涵");

        var wang = await SignedInAsync("5");
        var page = await GetAsync(wang, $"/workbench/messages/{id}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("<h1>月度廉政提醒</h1>", page.Body, StringComparison.Ordinal);
        Assert.Contains("王秀兰", page.Body, StringComparison.Ordinal);
        Assert.Contains("<td>已阅</td>", page.Body, StringComparison.Ordinal);
        var rows = Rows(page.Body);
        Assert.Contains(rows, r => r.StartsWith("朱浩然|财政审计股|企业微信|无法送达|渠道答复：WeCom listed the userid as invalid", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("朱浩然|财政审计股|本地聊天|排队中||", StringComparison.Ordinal) && r.EndsWith("|未确认", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("秦诗涵|财政审计股|企业微信|已送达||", StringComparison.Ordinal) && !r.EndsWith("|未确认", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("陈晓梅|财政审计股|本地聊天|等待重试|渠道限流", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("魏博文|财政审计股|本地聊天|发送失败|渠道答复：refused by the channel", StringComparison.Ordinal));
        Assert.Equal(8, rows.Count); // five people on the local chat, three of them on WeCom too
        Assert.Contains(">未确认（6）</a>", page.Body, StringComparison.Ordinal);
        Assert.Contains("提醒未确认</button>", page.Body, StringComparison.Ordinal);
        Assert.Contains("重发未送达</button>", page.Body, StringComparison.Ordinal);

        // 未送达: everyone the message has reached on no channel — not 秦诗涵, whose local delivery still waits.
        var unreached = Rows((await GetAsync(wang, $"/workbench/messages/{id}?state=NotReached")).Body);
        Assert.Equal(6, unreached.Count);
        Assert.DoesNotContain(unreached, r => r.StartsWith("秦诗涵", StringComparison.Ordinal));
        var unconfirmed = Rows((await GetAsync(wang, $"/workbench/messages/{id}?state=Unconfirmed")).Body);
        Assert.DoesNotContain(unconfirmed, r => r.StartsWith("秦诗涵", StringComparison.Ordinal));
        Assert.Single(Rows((await GetAsync(wang, $"/workbench/messages/{id}?state=Unreachable")).Body, "尤子轩"));

        // The secretary sees it all, without the actions; a leader, an auditor and a wrong id get the 404.
        var zhou = await GetAsync(await SignedInAsync("2"), $"/workbench/messages/{id}");
        Assert.Equal(HttpStatusCode.OK, zhou.Status);
        Assert.Equal(8, Rows(zhou.Body).Count);
        Assert.DoesNotContain("提醒未确认</button>", zhou.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("重发未送达</button>", zhou.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("/workbench/messages/new", zhou.Body, StringComparison.Ordinal);
        foreach (var outsider in new[] { "3", "14" })
        {
            var browser = await SignedInAsync(outsider);
            var refused = await GetAsync(browser, $"/workbench/messages/{id}");
            Assert.Equal(HttpStatusCode.NotFound, refused.Status);
            Assert.DoesNotContain(Title, refused.Body, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(browser, $"/workbench/messages/{id}.xlsx")).Status);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(wang, "/workbench/messages/99999")).Status);
        var list = (await GetAsync(wang, "/workbench/messages")).Body;
        Assert.Contains($"<a href=\"/workbench/messages/{id}\">月度廉政提醒</a></td><td>王秀兰</td>", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reminding_leaves_out_and_does_not_count_someone_who_has_left()
    {
        var id = await SendFromChatAsync();
        await ConfirmAsync(id, "秦诗涵");
        Assert.Equal(1, await AuditScenario.ExecuteAsync(_app.DatabasePath, "UPDATE Staff SET IsActive = 0 WHERE Name = '尤子轩'"));
        var wang = await SignedInAsync("5");
        var page = (await GetAsync(wang, $"/workbench/messages/{id}")).Body;
        var sent = await PostAsync(wang, $"/workbench/messages/{id}?handler=remind", page, new() { ["submission"] = Field(page, "submission") });
        Assert.Contains("已向 3 位未确认的人发送提醒", (await GetAsync(wang, sent.Location!)).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reminding_sends_the_bots_reminder_once_per_press_to_the_unconfirmed_and_the_secretary_is_refused()
    {
        var id = await SendFromChatAsync();
        await ConfirmAsync(id, "秦诗涵");
        var wang = await SignedInAsync("5");
        var page = (await GetAsync(wang, $"/workbench/messages/{id}")).Body;
        var fields = new Dictionary<string, string> { ["submission"] = Field(page, "submission") };

        var first = await PostAsync(wang, $"/workbench/messages/{id}?handler=remind", page, fields);
        Assert.Equal(HttpStatusCode.Redirect, first.Status);
        Assert.Contains("已向 4 位未确认的人发送提醒", (await GetAsync(wang, first.Location!)).Body, StringComparison.Ordinal);
        var again = await PostAsync(wang, $"/workbench/messages/{id}?handler=remind", page, fields); // the same form sent twice
        Assert.Contains("这次提交已经处理过", (await GetAsync(wang, again.Location!)).Body, StringComparison.Ordinal);

        var reminder = Assert.Single(await QueryAsync(db => db.OutboxMessages.Where(m => m.AcknowledgesMessageId == id).ToListAsync()));
        Assert.Equal(OutboxKinds.Reminder, reminder.Kind);
        Assert.StartsWith("【再次提醒】", reminder.Body, StringComparison.Ordinal);
        Assert.Equal("已阅", reminder.ConfirmLabel);
        var reminded = await QueryAsync(db => db.Deliveries.Where(d => d.MessageId == reminder.Id).Select(d => d.Recipient!.Name).Distinct().ToListAsync());
        Assert.Equal(["尤子轩", "朱浩然", "陈晓梅", "魏博文"], reminded.Order());
        Assert.Single(await AuditAsync(MessageFollowUps.RemindedAction, id));

        // Its button confirms the original.
        var zhu = await QueryAsync(db => db.Staff.SingleAsync(s => s.Name == "朱浩然"));
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            Assert.Equal(ConfirmOutcome.Confirmed, await scope.ServiceProvider.GetRequiredService<OutboxWriter>().ConfirmAsync(reminder.Id, zhu.Id, CancellationToken.None));
        }

        // A new press is a new reminder, to those still unconfirmed.
        var next = (await GetAsync(wang, $"/workbench/messages/{id}")).Body;
        await PostAsync(wang, $"/workbench/messages/{id}?handler=remind", next, new() { ["submission"] = Field(next, "submission") });
        Assert.Equal(2, await QueryAsync(db => db.OutboxMessages.CountAsync(m => m.AcknowledgesMessageId == id)));

        // The secretary may look, not act: a 403 in Chinese, and nothing sent.
        var zhou = await SignedInAsync("2");
        var hers = (await GetAsync(zhou, $"/workbench/messages/{id}")).Body;
        var refused = await PostAsync(zhou, $"/workbench/messages/{id}?handler=remind", hers, new() { ["submission"] = new string('a', 32) });
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Contains("只有廉政监督员可以发送、提醒和重发廉政提醒", refused.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(zhou, $"/workbench/messages/{id}?handler=resend", hers, [])).Status);
        Assert.Equal(2, await QueryAsync(db => db.OutboxMessages.CountAsync(m => m.AcknowledgesMessageId == id)));

        // Without the page's token the post is refused before anything else.
        using var forged = await wang.PostAsync(new Uri($"/workbench/messages/{id}?handler=remind", UriKind.Relative),
            new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    [Fact]
    public async Task Resending_reaches_the_unreached_once_and_never_one_it_reached_however_often_it_is_pressed()
    {
        var id = await SendFromChatAsync();
        // 尤子轩 read it in the local chat: it reached him there, so WeCom's refusal of him does not matter any more.
        using (var poll = await _app.CreateClient().GetAsync(new Uri($"/api/local/messages?userId={await StaffIdAsync("尤子轩")}", UriKind.Relative),
            TestContext.Current.CancellationToken))
        {
            poll.EnsureSuccessStatusCode();
        }

        Assert.Equal(1, _wecom.MessagesPerUser["ZhuHaoran"]);
        Assert.Equal(1, _wecom.MessagesPerUser["YouZixuan"]);
        Assert.Equal(1, _wecom.MessagesPerUser["QinShihan"]);
        _wecom.InvalidUsers.Clear(); // both joined the app's visible range since

        var wang = await SignedInAsync("5");
        var page = (await GetAsync(wang, $"/workbench/messages/{id}")).Body;
        var first = await PostAsync(wang, $"/workbench/messages/{id}?handler=resend", page, []);
        Assert.Equal(HttpStatusCode.Redirect, first.Status);
        Assert.Contains("已安排向 1 人重新发送", (await GetAsync(wang, first.Location!)).Body, StringComparison.Ordinal);
        await PostAsync(wang, $"/workbench/messages/{id}?handler=resend", page, []); // pressed twice
        await Eventually.TrueAsync(() => QueryAsync(db => db.Deliveries.AnyAsync(d =>
            d.MessageId == id && d.Channel == Channels.WeCom && d.Recipient!.Name == "朱浩然" && d.Status == DeliveryStatus.Delivered)), "the resent delivery");
        var third = await PostAsync(wang, $"/workbench/messages/{id}?handler=resend", page, []); // and once more after it arrived
        Assert.Contains("没有需要重发的人", (await GetAsync(wang, third.Location!)).Body, StringComparison.Ordinal);

        // One more call, for 朱浩然 alone, as a new request (WeCom would drop the identical one as a duplicate).
        await Eventually.TrueAsync(_app.AllInboundHandledAsync, "every turn and its replies");
        var calls = _wecom.Sent.Select(s => s.Body).Where(b => b.ToJsonString(Relaxed).Contains(Title, StringComparison.Ordinal)).ToList();
        Assert.Equal(2, calls.Count);
        Assert.Equal("ZhuHaoran", calls[1]["touser"]!.GetValue<string>());
        Assert.NotEqual(calls[0]["template_card"]!["task_id"]!.GetValue<string>(), calls[1]["template_card"]!["task_id"]!.GetValue<string>());
        Assert.Equal(2, _wecom.MessagesPerUser["ZhuHaoran"]);
        Assert.Equal(1, _wecom.MessagesPerUser["YouZixuan"]);
        Assert.Equal(1, _wecom.MessagesPerUser["QinShihan"]);
        Assert.Equal(0, _wecom.DuplicatesSuppressed);
        var entry = Assert.Single(await AuditAsync(MessageFollowUps.ResentAction, id));
        Assert.Equal(5, entry.ActorId);
        var shown = Rows((await GetAsync(wang, $"/workbench/messages/{id}?state=Delivered")).Body);
        Assert.Contains(shown, r => r.StartsWith("朱浩然|财政审计股|企业微信|已送达", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Composing_previews_the_text_and_the_audience_then_sends_once_however_often_the_form_is_sent()
    {
        var wang = await SignedInAsync("5");
        var form = await GetAsync(wang, "/workbench/messages/new");
        Assert.Equal(HttpStatusCode.OK, form.Status);
        Assert.Contains("财政审计股", form.Body, StringComparison.Ordinal);
        var fields = new Dictionary<string, string>
        {
            ["MessageTitle"] = "国庆廉洁过节提醒",
            ["Text"] = "请严守中央八项规定精神，廉洁过节。",
            ["Audience"] = nameof(Audience.Section),
            ["Section"] = "财政审计股",
            ["Confirm"] = "true",
        };
        var preview = await PostAsync(wang, "/workbench/messages/new?handler=preview", form.Body, fields);
        Assert.Equal(HttpStatusCode.OK, preview.Status);
        Assert.Contains("请严守中央八项规定精神，廉洁过节。", preview.Body, StringComparison.Ordinal);
        Assert.Contains("财政审计股（5 人）", preview.Body, StringComparison.Ordinal);
        Assert.Empty(await QueryAsync(db => db.OutboxMessages.Where(m => m.Title == "国庆廉洁过节提醒").ToListAsync()));

        fields["Submission"] = Field(preview.Body, "Submission");
        var sent = await PostAsync(wang, "/workbench/messages/new?handler=send", preview.Body, fields);
        var twice = await PostAsync(wang, "/workbench/messages/new?handler=send", preview.Body, fields);
        Assert.Equal(HttpStatusCode.Redirect, sent.Status);
        Assert.Equal(sent.Location, twice.Location);
        var message = Assert.Single(await QueryAsync(db => db.OutboxMessages.Where(m => m.Title == "国庆廉洁过节提醒").ToListAsync()));
        Assert.Equal($"/workbench/messages/{message.Id}?done=sent", sent.Location);
        Assert.Equal((OutboxKinds.IntegrityMessage, (int?)5, "已阅"), (message.Kind, message.SenderId, message.ConfirmLabel));
        Assert.NotNull(message.RemindAt);
        Assert.Equal(5, await QueryAsync(db => db.Deliveries.Where(d => d.MessageId == message.Id).Select(d => d.RecipientId).Distinct().CountAsync()));
        var entry = Assert.Single(await AuditAsync(AnnouncementService.SentAction, message.Id));
        Assert.Equal(5, entry.ActorId);
        Assert.Contains("提醒已发送", (await GetAsync(wang, sent.Location!)).Body, StringComparison.Ordinal);

        // The same message sent from chat writes the same entry.
        var fromChat = await SendFromChatAsync();
        var chatEntry = Assert.Single(await AuditAsync(AnnouncementService.SentAction, fromChat));
        Assert.Equal((entry.ActorId, entry.EntityType), (chatEntry.ActorId, chatEntry.EntityType));

        // An incomplete form is asked again; the secretary may not compose at all.
        var incomplete = await PostAsync(wang, "/workbench/messages/new?handler=preview", form.Body, new() { ["MessageTitle"] = "", ["Text"] = "x" });
        Assert.Contains("请填写标题", incomplete.Body, StringComparison.Ordinal);
        var zhou = await SignedInAsync("2");
        var refused = await GetAsync(zhou, "/workbench/messages/new");
        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Contains("只有廉政监督员可以", refused.Body, StringComparison.Ordinal);
        var overview = (await GetAsync(zhou, "/workbench")).Body;
        fields["Submission"] = new string('b', 32);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(zhou, "/workbench/messages/new?handler=send", overview, fields)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync(await SignedInAsync("3"), "/workbench/messages/new")).Status);
    }

    [Fact]
    public async Task The_export_holds_the_rows_the_page_shows_under_its_filter()
    {
        var id = await SendFromChatAsync();
        await ConfirmAsync(id, "秦诗涵");
        var wang = await SignedInAsync("5");
        foreach (var state in new[] { "", "?state=NotReached" })
        {
            var page = Rows((await GetAsync(wang, $"/workbench/messages/{id}{state}")).Body);
            using var response = await wang.GetAsync(new Uri($"/workbench/messages/{id}.xlsx{state}", UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
            var sheet = SheetReadBack.Of(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
            Assert.Equal("送达与确认情况", sheet.Title);
            Assert.Contains($"廉政提醒：廉政提醒 #{id} 月度廉政提醒", sheet.Preamble);
            Assert.Equal(["收件人", "股室", "渠道", "状态", "说明", "送达时间", "确认时间"], sheet.Headers);
            Assert.Equal(page.Select(r => string.Join('|', r.Split('|').Take(4))),
                sheet.Rows.Select(r => string.Join('|', r.Take(4).Select(c => c.Text))));
            var qin = sheet.Rows.Where(r => r[0].Text == "秦诗涵" && r[2].Text == "企业微信").ToList();
            if (state.Length == 0)
            {
                Assert.NotNull(Assert.Single(qin)[5].Date);
                Assert.NotNull(qin[0][6].Date);
            }
            else
            {
                Assert.Empty(qin);
            }
        }

        Assert.Equal(HttpStatusCode.OK, (await GetAsync(await SignedInAsync("2"), $"/workbench/messages/{id}.xlsx")).Status);
    }

    [Fact]
    public async Task The_overview_shows_this_years_rates_and_the_next_holiday_to_the_bureau_viewers()
    {
        var id = await SendFromChatAsync();
        await ConfirmAsync(id, "秦诗涵");
        var overview = (await GetAsync(await SignedInAsync("5"), "/workbench")).Body;
        Assert.Contains("年共发出节假日及廉政提醒 1 条", overview, StringComparison.Ordinal);
        Assert.Contains("<td>20%（1/5 人次）</td>", overview, StringComparison.Ordinal); // reached: 秦诗涵 on WeCom
        Assert.Contains("<th>确认率</th><td>20%（1/5 人次）</td>", overview, StringComparison.Ordinal);
        Assert.Matches("廉政提醒将于\\d{4}年\\d{1,2}月\\d{1,2}日发送", overview);
        Assert.DoesNotContain("送达率", (await GetAsync(await SignedInAsync("14"), "/workbench")).Body, StringComparison.Ordinal);
    }

    /// <summary>王秀兰 sends 财政审计股 a message to confirm, from the local chat; waits until WeCom has had its call.</summary>
    private async Task<long> SendFromChatAsync()
    {
        var chat = new LocalChatClient(_app.CreateClient(), "5");
        await chat.SaysAsync("发送廉政提醒");
        await chat.SaysAsync(Title);
        await chat.SaysAsync("本月起财政审计股进场县本级预算执行审计，请严守审计“八不准”。");
        await chat.ClicksAsync("某个股室");
        await chat.ClicksAsync("财政审计股");
        await chat.ClicksAsync("是");
        await chat.ClicksAsync("现在发送一次");
        await chat.ClicksAsync("是");
        chat.Hears("已发送给 5 人");
        var id = await QueryAsync(db => db.OutboxMessages.Where(m => m.Title == Title).OrderByDescending(m => m.Id).Select(m => m.Id).FirstAsync());
        await Eventually.TrueAsync(() => QueryAsync(db => db.Deliveries.Where(d => d.MessageId == id && d.Channel == Channels.WeCom)
            .AllAsync(d => d.Status != DeliveryStatus.Pending)), "the WeCom call");
        return id;
    }

    private async Task LinkAsync(string name, string userId)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
        var staff = await db.Staff.SingleAsync(s => s.Name == name);
        db.ChannelIdentities.Add(new ChannelIdentity { StaffId = staff.Id, Channel = Channels.WeCom, ChannelUserId = userId });
        await db.SaveChangesAsync();
    }

    private Task<int> StaffIdAsync(string name) => QueryAsync(db => db.Staff.Where(s => s.Name == name).Select(s => s.Id).SingleAsync());

    private async Task SetLocalAsync(long messageId, string name, Action<Delivery> change)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
        var delivery = await db.Deliveries.SingleAsync(d => d.MessageId == messageId && d.Channel == Channels.Local && d.Recipient!.Name == name);
        change(delivery);
        await db.SaveChangesAsync();
    }

    private async Task ConfirmAsync(long messageId, string name)
    {
        var staffId = await StaffIdAsync(name);
        await using var scope = _app.Services.CreateAsyncScope();
        Assert.Equal(ConfirmOutcome.Confirmed, await scope.ServiceProvider.GetRequiredService<OutboxWriter>().ConfirmAsync(messageId, staffId, CancellationToken.None));
    }

    private Task<List<Lianzheng.Core.Audit.AuditEntry>> AuditAsync(string action, long messageId) => QueryAsync(db =>
    {
        var entityId = messageId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return db.AuditEntries.Where(e => e.Action == action && e.EntityType == nameof(OutboxMessage) && e.EntityId == entityId).ToListAsync();
    });

    private async Task<T> QueryAsync<T>(Func<LianzhengDbContext, Task<T>> query)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<LianzhengDbContext>());
    }

    /// <summary>The deliveries table's rows as "name|section|channel|state|why|delivered|confirmed", optionally only one person's.</summary>
    private static List<string> Rows(string page, string? name = null)
    {
        var table = page[(page.IndexOf("<th>收件人</th>", StringComparison.Ordinal) is var at and >= 0 ? at : page.Length)..];
        return [.. BodyRow().Matches(table).Select(m => string.Join('|', Cell().Matches(m.Value).Select(c => WebUtility.HtmlDecode(c.Groups[1].Value.Trim()))))
            .Where(r => name is null || r.StartsWith(name + "|", StringComparison.Ordinal))];
    }

    private static string Field(string page, string name) =>
        WebUtility.HtmlDecode(Regex.Match(page, $"name=\"{name}\" value=\"([^\"]*)\"").Groups[1].Value);

    private static async Task<(HttpStatusCode Status, string? Location, string Body)> PostAsync(
        HttpClient browser, string path, string pageWithToken, Dictionary<string, string> fields)
    {
        var form = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(TokenField().Match(pageWithToken).Groups[1].Value) };
        using var response = await browser.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(form), TestContext.Current.CancellationToken);
        return (response.StatusCode, response.Headers.Location?.OriginalString, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>Signed in the way people sign in (<see cref="WorkbenchBrowser"/>); its client, to post forms from a given page.</summary>
    private async Task<HttpClient> SignedInAsync(string userId) => (await WorkbenchBrowser.SignedInAsync(_app, userId)).Client;

    private static async Task<(HttpStatusCode Status, string? Location, string Body)> GetAsync(HttpClient browser, string path)
    {
        using var response = await browser.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        return (response.StatusCode, response.Headers.Location?.OriginalString, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex(@"<tr>\s*<td>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex BodyRow();

    [GeneratedRegex(@"<td[^>]*>(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex Cell();
}
