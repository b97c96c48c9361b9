using System.Globalization;

namespace Lianzheng.Tests.Support;

/// <summary>One wall clock for several bot processes, moved by libfaketime from a file that each reads again every second
/// (FAKETIME_TIMESTAMP_FILE; without its cache, libfaketime reads the real time now and then on a busy thread): the test
/// moves it while they run, and within a second all of them read the new time. A test that sets the time once its
/// processes have started does not depend on how long they took to start. The monotonic clock is left alone (timers,
/// timeouts).</summary>
internal sealed class SharedFakeClock : IDisposable
{
    private readonly string _libFaketime;
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"lianzheng-faketime-{Guid.NewGuid():N}.rc");
    private TimeSpan _offset;

    public SharedFakeClock(string libFaketime, DateTimeOffset now)
    {
        _libFaketime = libFaketime;
        Set(now);
    }

    /// <summary>What the processes read now (to the second: libfaketime's offsets are whole seconds).</summary>
    public DateTimeOffset Now => TimeProvider.System.GetUtcNow() + _offset;

    /// <summary>Makes it <paramref name="now"/> in every process following this clock, within a second.</summary>
    public void Set(DateTimeOffset now)
    {
        _offset = TimeSpan.FromSeconds(Math.Round((now - TimeProvider.System.GetUtcNow()).TotalSeconds));
        // Written beside and renamed over the file, so that a process never reads half an offset.
        var next = _path + ".next";
        File.WriteAllText(next, ((long)_offset.TotalSeconds).ToString("+0;-0", CultureInfo.InvariantCulture));
        File.Move(next, _path, overwrite: true);
    }

    /// <summary>The environment that makes a process follow this clock (libfaketime's variables, not the bot's settings).</summary>
    public void Apply(IDictionary<string, string> environment)
    {
        environment["LD_PRELOAD"] = _libFaketime;
        environment["FAKETIME_TIMESTAMP_FILE"] = _path;
        environment["FAKETIME_CACHE_DURATION"] = "1";
        environment["DONT_FAKE_MONOTONIC"] = "1";
    }

    public void Dispose() => File.Delete(_path);
}
