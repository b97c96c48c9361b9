using System.Runtime.CompilerServices;
using Lianzheng.Bot.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Lianzheng.Tests.Bot;

/// <summary>After a burst of work the heap keeps what it grew to until a collection runs, and a quiet bot allocates too
/// little for one to run: once the process has been quiet for a look (no collection since the last one) and the heap
/// holds 16 MB or more beyond what it held after the last trim, the memory is given back, once; a busy bot is left
/// alone.</summary>
public sealed class IdleMemoryTrimTests
{
    private const long Mb = 1024 * 1024;

    [Fact]
    public void Memory_is_given_back_once_the_bot_is_quiet_after_work_and_not_while_it_works_or_has_little_to_give()
    {
        var memory = new ScriptedMemory(liveAfterTrim: 32 * Mb) { Collections = 10, Committed = 50 * Mb };
        var trim = Trim(memory, new FakeTimeProvider(), new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance));
        trim.GiveBack(); // at start
        Assert.Equal(32 * Mb, memory.Committed);

        memory.Work(collections: 40, committed: 90 * Mb);
        Assert.False(trim.Check()); // busy: collections ran since the last look

        Assert.True(trim.Check()); // quiet now, 58 MB more than after the start
        Assert.Equal(2, memory.GivenBack);

        Assert.False(trim.Check()); // still quiet, nothing more to give

        memory.Work(collections: 2, committed: 40 * Mb);
        Assert.False(trim.Check());
        Assert.False(trim.Check()); // quiet, but 8 MB beyond the trim is not worth a collection
        Assert.Equal(2, memory.GivenBack);

        memory.Work(collections: 5, committed: 60 * Mb);
        Assert.False(trim.Check());
        Assert.True(trim.Check());
        Assert.Equal(3, memory.GivenBack);
    }

    [Fact]
    public async Task The_running_service_gives_back_at_start_and_then_looks_every_ten_seconds()
    {
        var memory = new ScriptedMemory(liveAfterTrim: 20 * Mb) { Collections = 1, Committed = 45 * Mb };
        var clock = new FakeTimeProvider();
        var lifetime = new ApplicationLifetime(NullLogger<ApplicationLifetime>.Instance);
        using var trim = Trim(memory, clock, lifetime);
        await trim.StartAsync(CancellationToken.None);
        Assert.Equal(0, memory.GivenBack);
        lifetime.NotifyStarted();
        Assert.True(await memory.GaveBack.WaitAsync(TimeSpan.FromSeconds(10))); // the start's garbage
        Assert.True(await memory.Looked.WaitAsync(TimeSpan.FromSeconds(10))); // and where that left the heap

        // Work after the start; the service's timer starts from its own task: step the clock until it looks (busy).
        memory.Work(collections: 30, committed: 120 * Mb);
        for (var attempt = 0; !await memory.Looked.WaitAsync(TimeSpan.FromMilliseconds(200)); attempt++)
        {
            Assert.True(attempt < 50, "the service never looked");
            clock.Advance(IdleMemoryTrim.Interval);
        }

        Assert.Equal(1, memory.GivenBack);
        clock.Advance(IdleMemoryTrim.Interval);
        Assert.True(await memory.GaveBack.WaitAsync(TimeSpan.FromSeconds(10))); // quiet since

        Assert.Equal(20 * Mb, memory.Committed);
        await trim.StopAsync(CancellationToken.None);
    }

    [Fact]
    public void The_runtime_gives_back_the_memory_of_a_heap_grown_by_garbage()
    {
        var memory = new RuntimeProcessMemory();
        var grown = GrowHeap(memory);

        memory.GiveBack();

        Assert.True(memory.CommittedBytes < grown - 64 * Mb, $"committed {grown / Mb} MB before, {memory.CommittedBytes / Mb} MB after");
    }

    /// <summary>Holds 96 MB until a collection has seen them alive, then lets them go (out of this frame, so that no
    /// local of a debug build keeps them).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static long GrowHeap(RuntimeProcessMemory memory)
    {
        var held = new List<byte[]>();
        for (var i = 0; i < 96; i++)
        {
            held.Add(new byte[Mb]);
        }

        GC.Collect();
        GC.KeepAlive(held);
        return memory.CommittedBytes;
    }

    private static IdleMemoryTrim Trim(ScriptedMemory memory, FakeTimeProvider clock, ApplicationLifetime lifetime) =>
        new(memory, clock, lifetime, NullLogger<IdleMemoryTrim>.Instance);

    /// <summary>The collector as the test tells it to be: collections and committed bytes move when the test says the
    /// process worked; a trim leaves the heap at its live size.</summary>
    private sealed class ScriptedMemory(long liveAfterTrim) : IProcessMemory
    {
        public SemaphoreSlim Looked { get; } = new(0);

        public SemaphoreSlim GaveBack { get; } = new(0);

        public int GivenBack { get; private set; }

        public long Committed { get; set; }

        public int Collections { get; set; }

        /// <summary>Read last in each look and after each trim, so a look has ended its reads once this is released.</summary>
        public long CommittedBytes
        {
            get
            {
                var committed = Committed;
                Looked.Release();
                return committed;
            }
        }

        public void Work(int collections, long committed)
        {
            Collections += collections;
            Committed = committed;
        }

        public void GiveBack()
        {
            GivenBack++;
            Committed = liveAfterTrim;
            GaveBack.Release();
        }
    }
}
