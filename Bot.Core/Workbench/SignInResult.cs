namespace Lianzheng.Core.Workbench;

/// <summary>The outcome of opening a sign-in link, and whom it signs in when it does.</summary>
public sealed record SignInResult(SignInOutcome Outcome, int? StaffId = null);
