namespace Lianzheng.Core.Workbench;

/// <summary>One page of the talk list and how many talks match in all.</summary>
public sealed record TalkPage(IReadOnlyList<TalkRow> Rows, int Total, TalkFilter Filter)
{
    public int Pages => Paging.Pages(Total, TalkFilter.PageSize);
}
