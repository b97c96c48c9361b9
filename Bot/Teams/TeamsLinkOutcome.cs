namespace Lianzheng.Bot.Teams;

/// <summary>How an explicit link of a Teams account to a staff member ended.</summary>
public enum TeamsLinkOutcome
{
    Linked = 1,
    AlreadyLinked = 2,
    StaffNotFound = 3,

    /// <summary>The bot has never heard from this account (it must write to the bot once first).</summary>
    AccountNotFound = 4,
    AccountAmbiguous = 5,
    ForeignTenant = 6,

    /// <summary>The person is linked to another account: moving the link needs --replace.</summary>
    StaffHasOtherAccount = 7,

    /// <summary>The account is linked to another person: moving the link needs --replace.</summary>
    AccountLinkedToOther = 8,
}
