namespace Lianzheng.Dialogs.Routing;

/// <summary>Serializes the turns of one conversation inside this process (a double click, a retried delivery), so
/// that they read and write its dialog state one after the other; other replicas are caught by the state's version.</summary>
public sealed class ConversationLocks
{
    private const int Stripes = 1024;
    private readonly SemaphoreSlim[] _locks = [.. Enumerable.Range(0, Stripes).Select(_ => new SemaphoreSlim(1, 1))];

    public async Task<IDisposable> AcquireAsync(string conversationKey, CancellationToken cancellationToken)
    {
        var gate = _locks[(int)((uint)StringComparer.Ordinal.GetHashCode(conversationKey) % Stripes)];
        await gate.WaitAsync(cancellationToken);
        return new Releaser(gate);
    }

    private sealed class Releaser(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }
        }
    }
}
