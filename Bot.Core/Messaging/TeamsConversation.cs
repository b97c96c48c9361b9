namespace Lianzheng.Core.Messaging;

/// <summary>The conversation reference of one Teams user with the bot: everything needed to message him proactively.
/// Refreshed on every activity he sends.</summary>
public sealed class TeamsConversation
{
    public int Id { get; set; }

    /// <summary>The user's id for this bot ("29:...").</summary>
    public required string TeamsUserId { get; set; }

    public string? AadObjectId { get; set; }

    public string? UserName { get; set; }

    /// <summary>The staff member he was linked to, if any.</summary>
    public int? StaffId { get; set; }

    public required string TenantId { get; set; }

    public required string ServiceUrl { get; set; }

    /// <summary>The 1:1 conversation ("a:..."); null until one is known or created.</summary>
    public string? ConversationId { get; set; }

    /// <summary>The bot's id in the conversation ("28:{app id}").</summary>
    public required string BotId { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
