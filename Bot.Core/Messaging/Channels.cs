namespace Lianzheng.Core.Messaging;

/// <summary>The channels the bot speaks on.</summary>
public static class Channels
{
    public const string Local = "local";
    public const string Teams = "msteams";
    public const string WeCom = "wecom";
}
