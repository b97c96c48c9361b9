namespace Lianzheng.Core.Filings;

/// <summary>A reviewer's answer to a filing (审核意见); the numbers are stored.</summary>
public enum ReviewDecision
{
    /// <summary>同意.</summary>
    Approve = 1,

    /// <summary>不同意 (an opinion is required).</summary>
    Reject = 2,

    /// <summary>需补充 (an opinion is required); the filing goes back to the filer for amendment.</summary>
    NeedsMore = 3,
}
