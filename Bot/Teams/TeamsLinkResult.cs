namespace Lianzheng.Bot.Teams;

/// <summary>What an explicit link did, with what an operator needs to read it: the person, the account, the tenant
/// (for a refused tenant, the bureau's as well) and the link that was replaced or stands in the way.</summary>
public sealed record TeamsLinkResult(
    TeamsLinkOutcome Outcome,
    string? Person = null,
    string? Account = null,
    string? TenantId = null,
    string? BureauTenantId = null,
    string? Other = null);
