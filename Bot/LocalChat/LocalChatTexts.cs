namespace Lianzheng.Bot.LocalChat;

/// <summary>What the host says about the local web chat.</summary>
internal static class LocalChatTexts
{
    public static string ConsoleBanner(string url) => $"廉政助手已启动 · Lianzheng is running: 在浏览器中打开 open {url}/chat";
    public static string ConsoleBannerNoChat(string url) => $"廉政助手已启动 · Lianzheng is running on {url} (本地网页聊天未启用 · local web chat disabled)";
    public const string MissingUser = "userId 不能为空。";
    public const string MissingInput = "text 和 action 至少要有一个。";
    public static string RefusedOutsideDevelopment(string environment) =>
        $"Channels:Local:Enabled=true is refused in the {environment} environment: the local web chat lets whoever reaches it act as " +
        "any staff member, and it has no sign-in yet. It runs only in Development; remove the setting (or set it to false). " +
        "本地网页聊天只在 Development 环境中可用：它可以冒充任何人员，尚无登录保护。";
    public const string TooLong = "消息太长（最多 2000 个字）。";
    public const string NotJson = "请求不是有效的 JSON。";
}
