namespace Lianzheng.Core.Workbench;

/// <summary>A message as its page shows it: its line in the list (sender, counts per person), its text, and how many
/// deliveries each filter holds.</summary>
public sealed record MessageDetail(MessageRow Row, string Body, string? ConfirmLabel, IReadOnlyDictionary<DeliveryFilter, int> Counts)
{
    public bool AsksConfirmation => ConfirmLabel is not null;
}
