using System.Collections.Concurrent;
using Lianzheng.Core.Inbound;
using Lianzheng.Core.Messaging;

namespace Lianzheng.Bot.Inbound;

/// <summary>Sends the replies that turns stored, in order per conversation and apart from the lanes that run turns:
/// a reply the channel refuses for now (throttled, a 503) is retried from its stored copy with backoff while only its
/// own conversation waits behind it; the turn is never run again for it. Progress is stored after every reply, so a
/// restart resumes at the first reply not yet sent (a crash between a send and its record repeats that one reply).</summary>
internal sealed partial class InboundReplies(InboundQueue queue, TimeProvider time, ILogger<InboundReplies> logger) : IDisposable
{
    /// <summary>Transient failures of one reply before it is given up (backoff 2 s, 4 s … 128 s between them: about 4 minutes).</summary>
    internal const int MaxTransientAttempts = 8;

    /// <summary>How long one reply may wait for the channel's throttling before it is given up.</summary>
    private static readonly TimeSpan MaxThrottledWait = TimeSpan.FromMinutes(30);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(4);
    private static readonly TimeSpan MinThrottledWait = TimeSpan.FromSeconds(1);

    private readonly Dictionary<string, Queue<Item>> _conversations = new(StringComparer.Ordinal);
    private readonly HashSet<long> _queued = [];
    private readonly ConcurrentDictionary<Task, byte> _running = new();
    private readonly CancellationTokenSource _stopping = new();

    /// <summary>Queues the stored replies of a completed turn behind earlier ones of the same conversation.</summary>
    public void Enqueue(InboundWork work, IReadOnlyList<OutboundMessage> replies, IInboundProcessor processor)
    {
        var item = new Item(work, replies, processor);
        lock (_conversations)
        {
            // A message's replies are held once: a turn found completed again must not queue them a second time.
            if (!_queued.Add(work.Id))
            {
                return;
            }

            if (_conversations.TryGetValue(work.OrderKey, out var waiting))
            {
                waiting.Enqueue(item);
                return;
            }

            _conversations[work.OrderKey] = new Queue<Item>([item]);
        }

        // Run on the caller's thread (a lane's) until its first wait, the reply's request on its way to the channel: one
        // thread woken fewer per turn than handing it to the pool, and the lane goes on once the request is sent.
        var drain = DrainAsync(work.OrderKey, item);
        _running[drain] = 0;
        _ = drain.ContinueWith(t => _running.TryRemove(t, out _), TaskScheduler.Default);
    }

    /// <summary>Stops sending: what is under way ends at its next wait, its progress stored; the rest resumes at restart.</summary>
    public async Task StopAsync()
    {
        await _stopping.CancelAsync();
        await Task.WhenAll(_running.Keys);
    }

    public void Dispose() => _stopping.Dispose();

    private async Task DrainAsync(string conversation, Item first)
    {
        var item = first;
        while (true)
        {
            try
            {
                await SendAsync(item, _stopping.Token);
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                lock (_conversations)
                {
                    _conversations.Remove(conversation);
                }

                return;
            }
            catch (Exception ex)
            {
                // Never leave the conversation's queue stuck: this message's replies resume after a restart.
                LogDrainFailed(logger, ex, item.Work.Id);
            }

            lock (_conversations)
            {
                _queued.Remove(item.Work.Id);
                var waiting = _conversations[conversation];
                waiting.Dequeue();
                if (!waiting.TryPeek(out item!))
                {
                    _conversations.Remove(conversation);
                    return;
                }
            }
        }
    }

    private async Task SendAsync(Item item, CancellationToken stoppingToken)
    {
        var work = item.Work;
        var throttledFor = TimeSpan.Zero;
        while (work.RepliesSent < item.Replies.Count)
        {
            SendResult result;
            try
            {
                result = await item.Processor.SendReplyAsync(work, item.Replies[work.RepliesSent], stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                result = new SendResult.TransientFailure(ex.Message);
            }

            switch (result)
            {
                case SendResult.Delivered:
                    await AdvanceAsync(item, error: null);
                    throttledFor = TimeSpan.Zero;
                    break;
                case SendResult.Throttled throttled when throttledFor < MaxThrottledWait:
                    // At least a second: a channel that asks for no wait must not turn this into a busy loop.
                    var wait = throttled.RetryAfter < MinThrottledWait ? MinThrottledWait : throttled.RetryAfter;
                    throttledFor += wait;
                    await Task.Delay(wait, time, stoppingToken);
                    break;
                case SendResult.TransientFailure when work.ReplyAttempts + 1 < MaxTransientAttempts:
                    work.ReplyAttempts++;
                    work.LastError = Truncate(result.ToString());
                    await RecordAsync(work);
                    LogReplyRetried(logger, work.Channel, work.Id, work.RepliesSent, work.ReplyAttempts, result.ToString());
                    await Task.Delay(Backoff(work.ReplyAttempts), time, stoppingToken);
                    break;
                default:
                    LogReplyGivenUp(logger, work.Channel, work.Id, work.RepliesSent, result.ToString());
                    await AdvanceAsync(item, Truncate(result.ToString()));
                    throttledFor = TimeSpan.Zero;
                    break;
            }
        }

        work.RepliedAt = time.GetUtcNow();
        await RecordAsync(work);
    }

    /// <summary>One reply handled: its progress is stored before the next one goes (the last one's with the completion
    /// that follows), so a crash repeats at most the reply that was on its way.</summary>
    private async Task AdvanceAsync(Item item, string? error)
    {
        var work = item.Work;
        work.RepliesSent++;
        work.ReplyAttempts = 0;
        work.LastError = error ?? work.LastError;
        if (work.RepliesSent < item.Replies.Count)
        {
            await RecordAsync(work);
        }
    }

    private static TimeSpan Backoff(int attempt) =>
        TimeSpan.FromSeconds(Math.Min(MaxBackoff.TotalSeconds, Math.Pow(2, attempt)));

    private static string Truncate(string text) => text.Length > 500 ? text[..500] : text;

    private async Task RecordAsync(InboundWork work)
    {
        try
        {
            await queue.RecordOutcomeAsync(work);
        }
        catch (Exception ex)
        {
            LogProgressNotStored(logger, ex, work.Id);
        }
    }

    private sealed record Item(InboundWork Work, IReadOnlyList<OutboundMessage> Replies, IInboundProcessor Processor);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reply {Index} of inbound {Channel} message {Id} not delivered (attempt {Attempt}: {Result}); retrying it")]
    private static partial void LogReplyRetried(ILogger logger, string channel, long id, int index, int attempt, string result);

    [LoggerMessage(Level = LogLevel.Error, Message = "Sending the replies of inbound message {Id} failed; they are sent again after a restart")]
    private static partial void LogDrainFailed(ILogger logger, Exception exception, long id);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reply {Index} of inbound {Channel} message {Id} given up: {Result}")]
    private static partial void LogReplyGivenUp(ILogger logger, string channel, long id, int index, string result);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reply progress of inbound message {Id} could not be stored; a restart may send its last reply again")]
    private static partial void LogProgressNotStored(ILogger logger, Exception exception, long id);
}
