namespace Lianzheng.Core.Workbench;

/// <summary>How the 备案台账 is ordered (ties broken by the filing's number, the latest first).</summary>
public enum FilingSort
{
    /// <summary>The latest event first (the default).</summary>
    Newest,

    /// <summary>The earliest event first.</summary>
    Oldest,

    /// <summary>By the filer's name.</summary>
    Filer,

    /// <summary>By status, then the latest event first.</summary>
    Status,

    /// <summary>By the filing's number, the latest first.</summary>
    Number,
}
