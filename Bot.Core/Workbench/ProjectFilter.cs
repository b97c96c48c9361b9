namespace Lianzheng.Core.Workbench;

/// <summary>The 审计项目 list's filter: the year of 进场 (null: every year) and the page (from 1).</summary>
public sealed record ProjectFilter(int? Year, int Page = 1)
{
    public const int PageSize = 50;
}
