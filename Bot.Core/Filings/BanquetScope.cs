namespace Lianzheng.Core.Filings;

/// <summary>宴请范围: who was invited (any of them); the numbers are stored.</summary>
[Flags]
public enum BanquetScope
{
    None = 0,

    /// <summary>亲属.</summary>
    Relatives = 1,

    /// <summary>同事.</summary>
    Colleagues = 2,

    /// <summary>朋友.</summary>
    Friends = 4,

    /// <summary>管理服务对象.</summary>
    ManagedObjects = 8,
}
