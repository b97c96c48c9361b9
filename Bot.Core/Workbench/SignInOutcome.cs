namespace Lianzheng.Core.Workbench;

/// <summary>What became of a sign-in: a link that was opened, or a return from WeCom or Entra ID.</summary>
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

    /// <summary>WeCom answered the code with an error (or could not be reached).</summary>
    WeComFailed = 6,

    /// <summary>WeCom named a user no active staff member is linked to.</summary>
    WeComUnknown = 7,

    /// <summary>The return's state is not the one this browser was given when it left (forged, replayed or too late).</summary>
    StateMismatch = 8,

    /// <summary>Entra ID refused the sign-in or its answer did not validate.</summary>
    EntraFailed = 9,

    /// <summary>No active staff member matches the Entra ID account (object id or email).</summary>
    EntraUnknown = 10,
}
