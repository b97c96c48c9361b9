namespace Lianzheng.Bot.LocalChat;

/// <summary>The /chat page, embedded in the assembly.</summary>
internal static class LocalChatPage
{
    private static readonly Lazy<string> Page = new(() =>
    {
        using var stream = typeof(LocalChatPage).Assembly.GetManifestResourceStream("Lianzheng.Bot.LocalChat.chat.html")
            ?? throw new InvalidOperationException("The chat page is not embedded in the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public static string Html => Page.Value;

    /// <summary>The page's icon, drawn here rather than fetched: a red seal with 廉 (the page works with no network).</summary>
    public static readonly byte[] Favicon = System.Text.Encoding.UTF8.GetBytes(
        "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 64 64'><rect width='64' height='64' rx='14' fill='#b3261e'/>" +
        "<text x='32' y='45' font-size='38' text-anchor='middle' fill='#fff' font-family='sans-serif'>廉</text></svg>");
}
