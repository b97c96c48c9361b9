namespace Lianzheng.Core.Filings;

/// <summary>Filings:Review: whether a filing is reviewed (审核) or only noted (备案).</summary>
public enum ReviewMode
{
    /// <summary>Every filing goes to its reviewer by 干部管理权限 (待审核 → 已同意 / 不同意 / 需补充).</summary>
    Required,

    /// <summary>The leaders and supervisors are notified and confirm 已阅; the filing is 已备案 at once.</summary>
    NoticeOnly,
}
