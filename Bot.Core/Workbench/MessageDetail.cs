namespace Lianzheng.Core.Workbench;

/// <summary>A message as its page shows it: its line in the list (sender, counts per person), its text, and how many
/// deliveries each filter holds.</summary>
public sealed record MessageDetail(MessageRow Row, string Body, string? ConfirmLabel, IReadOnlyDictionary<DeliveryFilter, int> Counts)
{
    public bool AsksConfirmation => ConfirmLabel is not null;

    /// <summary>The filter an address asks for, when it is one this message has (未确认 only for a message to confirm); else all.</summary>
    public DeliveryFilter FilterOf(DeliveryFilter? asked) => asked is { } filter && Counts.ContainsKey(filter) ? filter : DeliveryFilter.All;
}
