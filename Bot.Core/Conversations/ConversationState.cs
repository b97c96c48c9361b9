namespace Lianzheng.Core.Conversations;

/// <summary>The persisted dialog stack of one conversation.</summary>
public sealed class ConversationState
{
    /// <summary>"{channel}/{conversation id}".</summary>
    public required string Key { get; set; }

    public required string StateJson { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Optimistic concurrency token.</summary>
    public int Version { get; set; }
}
