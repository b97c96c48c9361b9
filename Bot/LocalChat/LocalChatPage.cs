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
}
