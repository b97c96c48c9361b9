namespace Lianzheng.Bot.Teams;

/// <summary>The Connector's answer to creating a conversation.</summary>
public sealed record ConversationResourceResponse(string? Id, string? ActivityId, string? ServiceUrl);
