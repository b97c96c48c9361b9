using System.Threading.Channels;

namespace Lianzheng.Bot.Inbound;

/// <summary>Writes what many callers submit at about the same time in one database transaction (a group commit): one
/// writer loop takes everything waiting, up to a batch, commits it and answers each caller. Under load this turns a
/// write per request into a write per batch; alone, a request waits for nothing but its own commit.</summary>
internal sealed class GroupCommit<TItem, TResult> : IAsyncDisposable
{
    private readonly Channel<(TItem Item, TaskCompletionSource<TResult> Done)> _submitted =
        Channel.CreateUnbounded<(TItem, TaskCompletionSource<TResult>)>(new() { SingleReader = true });

    private readonly Func<IReadOnlyList<TItem>, Task<IReadOnlyList<TResult>>> _commit;
    private readonly int _maxBatch;
    private readonly Task _loop;

    public GroupCommit(Func<IReadOnlyList<TItem>, Task<IReadOnlyList<TResult>>> commit, int maxBatch)
    {
        _commit = commit;
        _maxBatch = maxBatch;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Completes when the item's batch is committed, with the item's own result.</summary>
    public Task<TResult> SubmitAsync(TItem item)
    {
        var done = new TaskCompletionSource<TResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_submitted.Writer.TryWrite((item, done)))
        {
            done.SetException(new ObjectDisposedException(nameof(GroupCommit<TItem, TResult>), "The application is stopping."));
        }

        return done.Task;
    }

    private async Task RunAsync()
    {
        var batch = new List<(TItem Item, TaskCompletionSource<TResult> Done)>(_maxBatch);
        while (await _submitted.Reader.WaitToReadAsync())
        {
            while (batch.Count < _maxBatch && _submitted.Reader.TryRead(out var next))
            {
                batch.Add(next);
            }

            try
            {
                var results = await _commit([.. batch.Select(b => b.Item)]);
                for (var i = 0; i < batch.Count; i++)
                {
                    batch[i].Done.SetResult(results[i]);
                }
            }
            catch (Exception ex)
            {
                foreach (var (_, done) in batch)
                {
                    done.SetException(ex);
                }
            }

            batch.Clear();
        }
    }

    /// <summary>Commits what is still waiting, then stops.</summary>
    public async ValueTask DisposeAsync()
    {
        _submitted.Writer.TryComplete();
        await _loop;
    }
}
