namespace Lianzheng.Tests.Support;

/// <summary>Holds the continuations posted to it until the test runs them: <see cref="RunUntilIdle"/> runs everything
/// that is ready, and what that makes ready, until nothing is. Code awaiting a fake clock then has, after the clock moves
/// and the context is idle, done all it will do, so that a test can assert that something has not happened without
/// sleeping first.</summary>
internal sealed class SteppedSynchronizationContext : SynchronizationContext
{
    private readonly Queue<(SendOrPostCallback Callback, object? State)> _posted = new();

    public override void Post(SendOrPostCallback d, object? state)
    {
        lock (_posted)
        {
            _posted.Enqueue((d, state));
        }
    }

    public override void Send(SendOrPostCallback d, object? state) => throw new NotSupportedException("Only posts are stepped.");

    public void RunUntilIdle()
    {
        while (true)
        {
            (SendOrPostCallback Callback, object? State) next;
            lock (_posted)
            {
                if (!_posted.TryDequeue(out next))
                {
                    return;
                }
            }

            next.Callback(next.State);
        }
    }

    /// <summary>Runs <paramref name="test"/> with this context as the current one.</summary>
    public void Run(Action test)
    {
        var previous = Current;
        SetSynchronizationContext(this);
        try
        {
            test();
        }
        finally
        {
            SetSynchronizationContext(previous);
        }
    }
}
