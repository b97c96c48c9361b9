namespace Lianzheng.Core.Workbench;

/// <summary>One page of the 备案台账 and how many filings match in all.</summary>
public sealed record FilingPage(IReadOnlyList<FilingRow> Rows, int Total, FilingFilter Filter)
{
    public int Pages => Paging.Pages(Total, FilingFilter.PageSize);
}
