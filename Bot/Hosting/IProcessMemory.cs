namespace Lianzheng.Bot.Hosting;

/// <summary>The garbage collector as <see cref="IdleMemoryTrim"/> sees it: whether the process has been allocating and
/// how much memory the heap holds from the machine, and a way to give back what it does not need.</summary>
internal interface IProcessMemory
{
    /// <summary>How many collections of the youngest generation have run; unchanged while the process allocates (almost)
    /// nothing.</summary>
    int Collections { get; }

    /// <summary>Bytes the heap had committed at the end of its last collection.</summary>
    long CommittedBytes { get; }

    /// <summary>A full, compacting collection that returns the free memory to the machine.</summary>
    void GiveBack();
}
