using Lianzheng.Core.Filings;

namespace Lianzheng.Core.Workbench;

/// <summary>The 备案台账's filters: the year of the event, optionally a kind and a status, and the page (from 1).</summary>
public sealed record FilingFilter(int Year, FilingKind? Kind = null, FilingStatus? Status = null, int Page = 1)
{
    public const int PageSize = 50;
}
