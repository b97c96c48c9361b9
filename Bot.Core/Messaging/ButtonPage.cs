namespace Lianzheng.Core.Messaging;

/// <summary>One page of a list longer than a message's buttons (a menu, a long choice): the items it shows, leaving two
/// buttons for the way to the other pages (更多…/常用, 上一页/下一页).</summary>
public readonly record struct ButtonPage(int Number, int Count)
{
    public const int ItemsPerPage = OutboundMessage.MaxButtons - 2;

    /// <summary>The page asked for, within the pages a list of <paramref name="items"/> makes.</summary>
    public static ButtonPage Of(int items, int requested)
    {
        var count = Math.Max(1, (items + ItemsPerPage - 1) / ItemsPerPage);
        return new ButtonPage(Math.Clamp(requested, 0, count - 1), count);
    }

    public bool HasPrevious => Number > 0;

    public bool HasNext => Number + 1 < Count;

    public IEnumerable<T> Items<T>(IEnumerable<T> list) => list.Skip(Number * ItemsPerPage).Take(ItemsPerPage);
}
