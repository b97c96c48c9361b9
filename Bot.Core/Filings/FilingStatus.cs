namespace Lianzheng.Core.Filings;

/// <summary>Where a filing stands. The numbers are stored: 1–3 keep their meaning from before review existed.</summary>
public enum FilingStatus
{
    /// <summary>已备案: filed for notice only (Filings:Review = NoticeOnly, and every filing made before review existed).</summary>
    Filed = 1,

    /// <summary>已撤回 (kept, with a reason).</summary>
    Withdrawn = 2,

    /// <summary>已办结: the follow-up report is in.</summary>
    Completed = 3,

    /// <summary>待审核: waiting for the reviewer.</summary>
    Pending = 4,

    /// <summary>已同意.</summary>
    Approved = 5,

    /// <summary>不同意.</summary>
    Rejected = 6,

    /// <summary>需补充: back with the filer for amendment.</summary>
    NeedsMore = 7,
}
