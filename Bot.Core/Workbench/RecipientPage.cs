namespace Lianzheng.Core.Workbench;

/// <summary>One page of a message's deliveries under a filter, and how many match in all.</summary>
public sealed record RecipientPage(IReadOnlyList<RecipientDelivery> Rows, int Total, DeliveryFilter Filter, int Page)
{
    public const int PageSize = 50;

    public int Pages => Paging.Pages(Total, PageSize);
}
