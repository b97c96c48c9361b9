namespace Lianzheng.Core.Messaging;

/// <summary>Records, right before a bulk call leaves, which recipients it carries (those the channel's own limits let
/// through) and returns the call's key: after a crash exactly those recipients are sent the identical request again.</summary>
public delegate Task<string> CallClaim(IReadOnlyList<int> recipientStaffIds, CancellationToken cancellationToken);
