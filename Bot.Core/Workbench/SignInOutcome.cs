namespace Lianzheng.Core.Workbench;

/// <summary>What became of a sign-in link that was opened.</summary>
public enum SignInOutcome
{
    SignedIn = 1,

    /// <summary>No ticket like it was ever issued (mistyped, cut short, forged).</summary>
    Unknown = 2,

    /// <summary>The link was opened before: it works once.</summary>
    Used = 3,

    Expired = 4,

    /// <summary>The person it was issued to has left (deactivated in the directory).</summary>
    Inactive = 5,
}
