namespace Lianzheng.Bot.LocalChat;

/// <summary>Section "Channels:Local": the embedded web chat. On in Development (it can be turned off there); anywhere
/// else it is off, and turning it on is refused at start, because whoever reaches it can act as anyone.</summary>
public sealed class LocalChatOptions
{
    public const string SectionName = "Channels:Local";

    public bool Enabled { get; set; }
}
