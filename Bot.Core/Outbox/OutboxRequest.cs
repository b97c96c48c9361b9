using System.Text.Json;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Lianzheng.Core.Outbox;

/// <summary>A message for people: what to say, to whom, and the key that makes queueing it twice harmless.</summary>
public sealed record OutboxRequest(
    string Kind,
    string SourceKey,
    OutboundMessage Message,
    IReadOnlyCollection<int> RecipientIds,
    string? ConfirmLabel = null,
    int? SenderId = null,
    DateTimeOffset? RemindAt = null,
    long? AcknowledgesMessageId = null);
