namespace Lianzheng.Bot.Hosting;

/// <summary><see cref="IProcessMemory"/> of this process's garbage collector.</summary>
internal sealed class RuntimeProcessMemory : IProcessMemory
{
    public int Collections => GC.CollectionCount(0);

    public long CommittedBytes => GC.GetGCMemoryInfo().TotalCommittedBytes;

    // Aggressive: besides compacting, the collector decommits the free space it would otherwise keep for the next
    // allocations (a busy hour's gen0 budget and the pages the load grew the heap to).
    public void GiveBack() => GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
}
