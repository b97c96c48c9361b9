using System.Threading.Channels;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Outbox;
using Lianzheng.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Lianzheng.Scheduler.Outbox;

/// <summary>Writes the outcome of each call to its delivery rows, many calls to a transaction (a group commit), and
/// tells each call when its outcome is stored: the dispatcher frees a sending slot only then, so that what a crash can
/// leave unknown is never more than the calls in flight. The rows keep their lease until written, so nobody takes them
/// meanwhile; a stop drains what was posted.</summary>
internal sealed partial class DeliveryRecorder(IServiceScopeFactory scopes, IOptions<DeliveryOptions> options, TimeProvider time, ILogger logger)
{
    private const int MaxCallsPerTransaction = 500;

    private readonly Channel<Outcome> _outcomes = Channel.CreateUnbounded<Outcome>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Queues a call's outcome; completes when it is written (or given up after repeated failures).</summary>
    public Task PostAsync(Delivery[] deliveries, IReadOnlyDictionary<int, SendResult> results, DateTimeOffset at)
    {
        var outcome = new Outcome(deliveries, results, at, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_outcomes.Writer.TryWrite(outcome))
        {
            outcome.Written.SetResult();
        }

        return outcome.Written.Task;
    }

    /// <summary>No more posts: <see cref="RunAsync"/> ends once it has written what it holds.</summary>
    public void Complete() => _outcomes.Writer.TryComplete();

    public async Task RunAsync()
    {
        var batch = new List<Outcome>();
        while (await _outcomes.Reader.WaitToReadAsync(CancellationToken.None))
        {
            while (batch.Count < MaxCallsPerTransaction && _outcomes.Reader.TryRead(out var outcome))
            {
                batch.Add(outcome);
            }

            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await WriteAsync(batch);
                    break;
                }
                catch (Exception ex) when (attempt < 5)
                {
                    // The database is busy or away for a moment: the rows are leased to us meanwhile, try again.
                    LogWriteFailed(logger, ex, batch.Count, attempt);
                    await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), time, CancellationToken.None);
                }
                catch (Exception ex)
                {
                    // Still failing: the rows go back when their lease runs out and are sent again — possibly a second
                    // time, never lost — and the recorder carries on with the next outcomes.
                    LogGaveUp(logger, ex, batch.Count);
                    break;
                }
            }

            foreach (var outcome in batch)
            {
                outcome.Written.TrySetResult();
            }

            batch.Clear();
        }
    }

    private async Task WriteAsync(List<Outcome> batch)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
        var ids = batch.SelectMany(o => o.Deliveries.Select(d => d.Id)).ToList();
        var rows = await db.Deliveries.Where(d => EF.Parameter(ids).Contains(d.Id)).ToDictionaryAsync(d => d.Id, CancellationToken.None);
        foreach (var outcome in batch)
        {
            foreach (var sent in outcome.Deliveries)
            {
                if (rows.TryGetValue(sent.Id, out var row))
                {
                    Apply(row, outcome.Results.GetValueOrDefault(row.RecipientId) ?? new SendResult.TransientFailure("no result from the channel"), outcome.At);
                    LogRecorded(logger, row.Id, row.Channel, row.Status, row.Attempts);
                }
            }
        }

        await db.SaveChangesAsync(CancellationToken.None);
    }

    private void Apply(Delivery delivery, SendResult result, DateTimeOffset now)
    {
        delivery.Attempts++;
        delivery.LeaseOwner = null;
        delivery.LeaseUntil = null;
        delivery.CallKey = null;
        switch (result)
        {
            case SendResult.Delivered delivered:
                delivery.Status = DeliveryStatus.Delivered;
                delivery.SentAt = now;
                delivery.ChannelMessageId = delivered.ChannelMessageId;
                delivery.LastError = null;
                break;
            case SendResult.Throttled throttled:
                delivery.Attempts--;
                delivery.NextAttemptAt = now + throttled.RetryAfter;
                delivery.LastError = "throttled";
                break;
            case SendResult.TransientFailure transient when delivery.Attempts < options.Value.MaxAttempts:
                delivery.NextAttemptAt = now + TimeSpan.FromSeconds(Math.Min(3600, 5 * Math.Pow(2, delivery.Attempts - 1)));
                delivery.LastError = Truncate(transient.Reason);
                break;
            case SendResult.TransientFailure transient:
                delivery.Status = DeliveryStatus.Failed;
                delivery.LastError = Truncate(transient.Reason);
                break;
            case SendResult.RecipientUnreachable unreachable:
                delivery.Status = DeliveryStatus.Unreachable;
                delivery.LastError = Truncate(unreachable.Reason);
                break;
            case SendResult.PermanentFailure permanent:
                delivery.Status = DeliveryStatus.Failed;
                delivery.LastError = Truncate(permanent.Reason);
                break;
        }
    }

    private static string Truncate(string text) => text.Length <= 500 ? text : text[..500];

    private sealed record Outcome(
        Delivery[] Deliveries, IReadOnlyDictionary<int, SendResult> Results, DateTimeOffset At, TaskCompletionSource Written);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Delivery {DeliveryId} on {Channel}: {Status} after {Attempts} attempt(s)")]
    private static partial void LogRecorded(ILogger logger, long deliveryId, string channel, DeliveryStatus status, int attempts);

    [LoggerMessage(Level = LogLevel.Error, Message = "Writing the outcome of {Calls} call(s) kept failing; those deliveries will be tried again when their lease runs out")]
    private static partial void LogGaveUp(ILogger logger, Exception exception, int calls);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Writing the outcome of {Calls} call(s) failed (attempt {Attempt}); trying again")]
    private static partial void LogWriteFailed(ILogger logger, Exception exception, int calls, int attempt);
}
