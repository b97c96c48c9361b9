using Lianzheng.Bot.Inbound;

namespace Lianzheng.Tests.Bot.Inbound;

public sealed class GroupCommitTests
{
    [Fact]
    public async Task A_lone_submission_is_committed_at_once_on_the_callers_thread()
    {
        var threads = new List<int>();
        await using var commits = new GroupCommit<int, int>(batch =>
        {
            threads.Add(Environment.CurrentManagedThreadId);
            return Task.FromResult<IReadOnlyList<int>>([.. batch.Select(i => i * 10)]);
        }, maxBatch: 8);

        var caller = Environment.CurrentManagedThreadId;
        var result = commits.SubmitAsync(4);

        // Committed before SubmitAsync returned: the caller goes on without waiting for another thread.
        Assert.True(result.IsCompletedSuccessfully);
        Assert.Equal(40, await result);
        Assert.Equal([caller], threads);
    }

    [Fact]
    public async Task What_is_submitted_during_a_commit_is_committed_together_after_it_in_batches_of_at_most_the_maximum()
    {
        var batches = new List<int[]>();
        var firstCommitting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var releaseFirst = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var commits = new GroupCommit<int, int>(async batch =>
        {
            lock (batches)
            {
                batches.Add([.. batch]);
            }

            if (batch[0] == 0)
            {
                firstCommitting.SetResult();
                await releaseFirst.Task;
            }

            return [.. batch.Select(i => -i)];
        }, maxBatch: 4);

        var first = Task.Run(() => commits.SubmitAsync(0), TestContext.Current.CancellationToken);
        await firstCommitting.Task;
        var later = Enumerable.Range(1, 6).Select(commits.SubmitAsync).ToList();
        Assert.All(later, t => Assert.False(t.IsCompleted));

        releaseFirst.SetResult();
        Assert.Equal(0, await first);
        var results = await Task.WhenAll(later);
        Assert.Equal([-1, -2, -3, -4, -5, -6], results);
        Assert.Equal([[0], [1, 2, 3, 4], [5, 6]], batches);

        // Once nothing waits, the next caller commits on its own thread again.
        var next = commits.SubmitAsync(7);
        Assert.True(next.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task A_failed_commit_fails_its_own_batch_only()
    {
        await using var commits = new GroupCommit<int, int>(
            batch => batch[0] < 0 ? throw new InvalidOperationException("database refused") : Task.FromResult<IReadOnlyList<int>>([.. batch]), maxBatch: 8);

        var failed = await Assert.ThrowsAsync<InvalidOperationException>(() => commits.SubmitAsync(-1));
        Assert.Equal("database refused", failed.Message);
        Assert.Equal(5, await commits.SubmitAsync(5));
    }

    [Fact]
    public async Task Stopping_commits_what_waits_and_refuses_what_comes_after()
    {
        var releaseFirst = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var firstCommitting = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var committed = new List<int>();
        var commits = new GroupCommit<int, int>(async batch =>
        {
            if (batch[0] == 0)
            {
                firstCommitting.SetResult();
                await releaseFirst.Task;
            }

            lock (committed)
            {
                committed.AddRange(batch);
            }

            return [.. batch];
        }, maxBatch: 8);

        var first = Task.Run(() => commits.SubmitAsync(0), TestContext.Current.CancellationToken);
        await firstCommitting.Task;
        var waiting = commits.SubmitAsync(1);
        var stopped = commits.DisposeAsync().AsTask();
        Assert.False(stopped.IsCompleted);

        releaseFirst.SetResult();
        await stopped;
        Assert.Equal([0, 1], committed);
        Assert.Equal(1, await waiting);
        Assert.Equal(0, await first);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => commits.SubmitAsync(2));
    }
}
