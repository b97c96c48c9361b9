namespace Lianzheng.Core.Filings;

public enum FilingStatus
{
    /// <summary>已备案.</summary>
    Filed = 1,

    /// <summary>已撤回 (kept, with a reason).</summary>
    Withdrawn = 2,

    /// <summary>已办结: the follow-up report is in.</summary>
    Completed = 3,
}
