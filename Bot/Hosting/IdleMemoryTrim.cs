namespace Lianzheng.Bot.Hosting;

/// <summary>Gives memory back to the machine once the bot has started and whenever it has gone quiet after work.
/// Under load the heap grows (the turns' garbage, a broadcast's batches) and the collector keeps what it grew to for
/// the next allocations; a bureau's bot is quiet most of the day, and with (almost) no allocations no collection runs to
/// give it back. So every ten seconds: if no collection ran since the last look and the heap holds 16 MB or more than
/// after the last trim, one full compacting collection returns the free memory (measured in bench/README.md). A busy
/// bot is never interrupted; a quiet one pays one collection of its live objects.</summary>
internal sealed partial class IdleMemoryTrim(IProcessMemory memory, TimeProvider time, IHostApplicationLifetime lifetime, ILogger<IdleMemoryTrim> logger)
    : BackgroundService
{
    internal static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    /// <summary>Less growth than this is not worth a collection.</summary>
    internal const long GrowthWorthTrimming = 16 * 1024 * 1024;

    private int _collections;
    private long _committedAfterTrim;

    /// <summary>Gives the memory back now and notes the heap as it is then: at start (the migrations and the start-up
    /// work leave their garbage) and after work.</summary>
    public void GiveBack()
    {
        memory.GiveBack();
        _collections = memory.Collections;
        _committedAfterTrim = memory.CommittedBytes;
    }

    /// <summary>One look; true if it gave memory back.</summary>
    public bool Check()
    {
        var collections = memory.Collections;
        var committed = memory.CommittedBytes;
        var quiet = collections == _collections;
        _collections = collections;
        if (!quiet || committed - _committedAfterTrim < GrowthWorthTrimming)
        {
            _committedAfterTrim = Math.Min(_committedAfterTrim, committed);
            return false;
        }

        GiveBack();
        LogTrimmed(logger, committed / (1024 * 1024), _committedAfterTrim / (1024 * 1024));
        return true;
    }

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Within the host's start (its ApplicationStarted callbacks run before it returns): the start's garbage is collected
        // before the host counts as started, not during the first work after it.
        lifetime.ApplicationStarted.Register(GiveBack);
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await lifetime.WaitForStartAsync(stoppingToken))
        {
            return;
        }

        using var timer = new PeriodicTimer(Interval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                Check();
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Quiet after work: gave memory back, the heap held {BeforeMb} MB and now {AfterMb} MB")]
    private static partial void LogTrimmed(ILogger logger, long beforeMb, long afterMb);
}
