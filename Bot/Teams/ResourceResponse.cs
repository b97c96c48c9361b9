namespace Lianzheng.Bot.Teams;

/// <summary>The Connector's answer to a post: the new activity's id.</summary>
public sealed record ResourceResponse(string? Id);
