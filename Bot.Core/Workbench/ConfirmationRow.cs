namespace Lianzheng.Core.Workbench;

/// <summary>A message that asked its recipient to confirm it, as he sees it in 我的记录: when it came and when he
/// confirmed it (null: not yet), whichever channel he confirmed it on.</summary>
public sealed record ConfirmationRow(long MessageId, string Kind, string? Title, DateTimeOffset SentAt, string ConfirmLabel, DateTimeOffset? ConfirmedAt);
