namespace Lianzheng.Bot.Inbound;

/// <summary>Writes what many callers submit at about the same time in one database transaction (a group commit). The
/// caller that finds no commit under way commits at once, on its own thread, everything waiting (a leader); what is
/// submitted meanwhile waits for the next batch, which a background loop commits until nothing waits. Under load this
/// turns a write per request into a write per batch; alone, a request waits for nothing but its own commit, and no other
/// thread is woken to make it (two thread hand-overs a commit fewer than a dedicated writer loop: measured in
/// bench/README.md, "Group commits without a writer thread").</summary>
internal sealed class GroupCommit<TItem, TResult> : IAsyncDisposable
{
    private readonly Lock _lock = new();
    private readonly Func<IReadOnlyList<TItem>, Task<IReadOnlyList<TResult>>> _commit;
    private readonly int _maxBatch;
    private List<(TItem Item, TaskCompletionSource<TResult> Done)> _waiting = [];
    private TaskCompletionSource? _idle;
    private bool _busy;
    private bool _stopped;

    public GroupCommit(Func<IReadOnlyList<TItem>, Task<IReadOnlyList<TResult>>> commit, int maxBatch)
    {
        _commit = commit;
        _maxBatch = maxBatch;
    }

    /// <summary>Completes when the item's batch is committed, with the item's own result.</summary>
    public Task<TResult> SubmitAsync(TItem item)
    {
        var done = new TaskCompletionSource<TResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            if (_stopped)
            {
                done.SetException(new ObjectDisposedException(nameof(GroupCommit<TItem, TResult>), "The application is stopping."));
                return done.Task;
            }

            _waiting.Add((item, done));
            if (_busy)
            {
                return done.Task;
            }

            _busy = true;
        }

        // The leader: its own batch on this thread (when the commit completes without waiting, so does this call, and
        // its caller goes on without a thread switch); what arrived meanwhile goes to the background loop.
        _ = LeadAsync();
        return done.Task;
    }

    private async Task LeadAsync()
    {
        await CommitNextAsync();
        if (!DoneIfNothingWaits())
        {
            await Task.Run(RunAsync);
        }
    }

    /// <summary>Commits batches until nothing waits, then hands the next commit to the next caller.</summary>
    private async Task RunAsync()
    {
        do
        {
            await CommitNextAsync();
        }
        while (!DoneIfNothingWaits());
    }

    /// <summary>When nothing waits, the next caller is the next leader (and a stop waiting for this is told).</summary>
    private bool DoneIfNothingWaits()
    {
        lock (_lock)
        {
            if (_waiting.Count > 0)
            {
                return false;
            }

            _busy = false;
            _idle?.TrySetResult();
            return true;
        }
    }

    private async Task CommitNextAsync()
    {
        List<(TItem Item, TaskCompletionSource<TResult> Done)> batch;
        lock (_lock)
        {
            if (_waiting.Count <= _maxBatch)
            {
                (batch, _waiting) = (_waiting, []);
            }
            else
            {
                batch = _waiting[.._maxBatch];
                _waiting.RemoveRange(0, _maxBatch);
            }
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
    }

    /// <summary>Commits what is still waiting, then stops.</summary>
    public async ValueTask DisposeAsync()
    {
        Task idle;
        lock (_lock)
        {
            _stopped = true;
            if (!_busy)
            {
                return;
            }

            _idle = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            idle = _idle.Task;
        }

        await idle;
    }
}
