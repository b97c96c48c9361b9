namespace Lianzheng.Bot.Teams;

/// <summary>What the endpoint does with an authentic activity.</summary>
public enum TeamsAdmission
{
    /// <summary>A personal conversation in the bureau's tenant: the activity is processed.</summary>
    Accepted = 1,

    /// <summary>A group chat or team channel in the bureau's tenant: answered only with the request to talk 1:1.</summary>
    PersonalOnly = 2,

    /// <summary>Another tenant (or none): refused, nothing is stored or answered.</summary>
    Refused = 3,
}
