namespace Lianzheng.Bot.Teams;

/// <summary>A member as the Connector's get-member call returns him.</summary>
public sealed record TeamsMember(string? Id, string? Name, string? AadObjectId, string? Email, string? UserPrincipalName);
