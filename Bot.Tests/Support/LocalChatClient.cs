using System.Net.Http.Json;
using Lianzheng.Bot.LocalChat;

namespace Lianzheng.Tests.Support;

/// <summary>Talks to the local web chat's JSON API over HTTP, as the /chat page does.</summary>
public sealed class LocalChatClient(HttpClient http, string userId)
{
    public IReadOnlyList<LocalReply> Replies { get; private set; } = [];

    public string Heard => string.Join("\n", Replies.Select(r =>
        string.Join("\n", new[] { r.Title ?? "", r.Text }.Concat(r.Facts.Select(f => $"{f.Key}：{f.Value}")))));

    public async Task SaysAsync(string text) => await PostAsync(new { userId, text });

    public async Task ClicksAsync(string label)
    {
        var button = Replies.SelectMany(r => r.Buttons).LastOrDefault(b => b.Label == label)
            ?? throw new Xunit.Sdk.XunitException($"No button “{label}” in:\n{Heard}");
        await PostAsync(new { userId, action = button.Action });
    }

    public async Task SendsActionAsync(string action) => await PostAsync(new { userId, action });

    public void Hears(string fragment) => Assert.True(Heard.Contains(fragment, StringComparison.Ordinal), $"expected “{fragment}” in:\n{Heard}");

    private async Task PostAsync(object body)
    {
        var response = await http.PostAsJsonAsync("/api/local/messages", body);
        response.EnsureSuccessStatusCode();
        Replies = (await response.Content.ReadFromJsonAsync<LocalTurnResponse>())!.Replies;
    }
}
