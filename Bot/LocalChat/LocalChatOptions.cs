namespace Lianzheng.Bot.LocalChat;

/// <summary>Section "Channels:Local": the embedded web chat. On in Development, off elsewhere unless enabled here.</summary>
public sealed class LocalChatOptions
{
    public const string SectionName = "Channels:Local";

    public bool Enabled { get; set; }
}
