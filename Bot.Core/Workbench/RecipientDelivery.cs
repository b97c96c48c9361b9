namespace Lianzheng.Core.Workbench;

/// <summary>A line of a message's page: one person on one channel, where the delivery stands (with why, when it did not
/// get through), when it was delivered and when he confirmed.</summary>
public sealed record RecipientDelivery(
    long Id, int RecipientId, string Name, string? Section, string Channel, DeliveryState State, string? Reason, int Attempts,
    DateTimeOffset? NextAttemptAt, DateTimeOffset? DeliveredAt, DateTimeOffset? ConfirmedAt);
