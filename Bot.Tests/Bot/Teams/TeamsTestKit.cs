using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lianzheng.Fakes;
using Lianzheng.Tests.Support;

namespace Lianzheng.Tests.Bot.Teams;

/// <summary>Builds activities as Teams sends them and reads the cards the bot posts back.</summary>
internal sealed class TeamsTestKit(FakeBotFramework fake, HttpClient http, Func<Task<bool>> allInboundHandled)
{
    private int _sequence;

    public static string ConversationOf(string userId) => "a:conv-" + userId;

    public JsonObject Activity(string userId, string type = "message", string? text = null, JsonNode? value = null, string? id = null, string? name = null) => new()
    {
        ["type"] = type,
        ["id"] = id ?? "act-" + Interlocked.Increment(ref _sequence),
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        ["serviceUrl"] = fake.ServiceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = userId, ["name"] = "用户", ["aadObjectId"] = "aad-" + userId },
        ["recipient"] = new JsonObject { ["id"] = "28:" + FakeBotFramework.AppId, ["name"] = "廉政助手" },
        ["conversation"] = new JsonObject { ["id"] = ConversationOf(userId), ["conversationType"] = "personal", ["tenantId"] = FakeBotFramework.Tenant },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = FakeBotFramework.Tenant } },
        ["entities"] = new JsonArray(new JsonObject { ["type"] = "clientInfo", ["locale"] = "zh-CN", ["timezone"] = "Asia/Shanghai" }),
        ["text"] = text,
        ["value"] = value,
        ["name"] = name,
        ["someFutureField"] = new JsonObject { ["kept"] = true },
    };

    public async Task<HttpResponseMessage> PostAsync(JsonNode activity, string? token = null, bool withToken = true)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        if (withToken)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? fake.Token());
        }

        return await http.SendAsync(request);
    }

    /// <summary>Sends text and waits until the turn is done and all its replies are posted; returns them.</summary>
    public async Task<List<string>> SayAsync(string userId, string text) => await ExchangeAsync(userId, Activity(userId, text: text));

    public async Task<List<string>> ClickAsync(string userId, string action) =>
        await ExchangeAsync(userId, Activity(userId, value: new JsonObject { ["action"] = action }));

    /// <summary>Posts the activity (with this token, if given), waits until its turn is done and its replies are posted.</summary>
    public async Task<List<string>> ExchangeAsync(string userId, JsonObject activity, string? token = null)
    {
        var before = fake.ActivitiesTo(ConversationOf(userId)).Count();
        var response = await PostAsync(activity, token);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        await Eventually.TrueAsync(
            async () => await allInboundHandled() && fake.ActivitiesTo(ConversationOf(userId)).Count() > before, "the replies in Teams");
        return [.. fake.ActivitiesTo(ConversationOf(userId)).Skip(before).Select(c => c.Body)];
    }

    /// <summary>The card's texts, facts and button titles, as one string.</summary>
    public static string Read(string activityJson)
    {
        using var document = JsonDocument.Parse(activityJson);
        var card = document.RootElement.GetProperty("attachments")[0].GetProperty("content");
        var parts = new List<string>();
        foreach (var element in card.GetProperty("body").EnumerateArray())
        {
            if (element.TryGetProperty("text", out var text))
            {
                parts.Add(text.GetString()!);
            }

            if (element.TryGetProperty("facts", out var facts))
            {
                parts.AddRange(facts.EnumerateArray().Select(f => $"{f.GetProperty("title").GetString()}：{f.GetProperty("value").GetString()}"));
            }
        }

        if (card.TryGetProperty("actions", out var actions))
        {
            parts.AddRange(actions.EnumerateArray().Select(a => "[" + a.GetProperty("title").GetString() + "]"));
        }

        return string.Join("\n", parts);
    }

    /// <summary>The action payload of the button with this title in the last card.</summary>
    public static string ButtonAction(IEnumerable<string> activities, string title)
    {
        foreach (var json in activities.Reverse())
        {
            using var document = JsonDocument.Parse(json);
            var card = document.RootElement.GetProperty("attachments")[0].GetProperty("content");
            if (card.TryGetProperty("actions", out var actions))
            {
                foreach (var action in actions.EnumerateArray().Where(a => a.GetProperty("title").GetString() == title))
                {
                    return action.GetProperty("data").GetProperty("action").GetString()!;
                }
            }
        }

        throw new Xunit.Sdk.XunitException($"No button “{title}” in: {string.Join("\n---\n", activities.Select(Read))}");
    }
}
