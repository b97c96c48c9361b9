namespace Lianzheng.Bot.Teams;

/// <summary>An attachment of an activity (our cards).</summary>
public sealed class Attachment
{
    public string? ContentType { get; set; }

    public object? Content { get; set; }
}
