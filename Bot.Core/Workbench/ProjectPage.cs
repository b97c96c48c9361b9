namespace Lianzheng.Core.Workbench;

/// <summary>One page of the 审计项目 list and how many projects match in all.</summary>
public sealed record ProjectPage(IReadOnlyList<ProjectRow> Rows, int Total, ProjectFilter Filter)
{
    public int Pages => Paging.Pages(Total, ProjectFilter.PageSize);
}
