namespace Lianzheng.Core.Hosting;

/// <summary>Who holds a lease: "{machine}:{pid}:{start}:{instance}" — what a replica writes on the rows it works on
/// (deliveries, inbound messages), so that a restarted process on the same machine recognises the leases of the
/// process it replaces (the same pid started at another time is another process: a container's pid 1 after a
/// restart) and gives them back at once instead of waiting them out.</summary>
public static class ProcessIdentity
{
    /// <summary>"{machine}:{pid}:{start}" of this process.</summary>
    public static string Current { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{ProcessStart(Environment.ProcessId)}";

    /// <summary>A new owner for one worker of this process (two hosts in one process, as the tests have, stay apart).</summary>
    public static string NewOwner() => $"{Current}:{Guid.NewGuid():N}";

    /// <summary>The "{machine}:" every owner of this machine starts with.</summary>
    public static string MachinePrefix => Environment.MachineName + ":";

    /// <summary>The process part ("{machine}:{pid}:{start}") of an owner.</summary>
    public static string ProcessOf(string owner) => string.Join(':', owner.Split(':').Take(3));

    /// <summary>Whether "{machine}:{pid}:{start}" is a process running now on this machine; an owner it cannot judge
    /// counts as alive (its lease runs out instead).</summary>
    public static bool IsAlive(string process)
    {
        var parts = process.Split(':');
        if (parts.Length != 3 || !int.TryParse(parts[1], out var pid) || !long.TryParse(parts[2], out var start))
        {
            return true;
        }

        return ProcessStart(pid) == start;
    }

    /// <summary>When a process started, as the same number whichever process reads it: on Linux the kernel's start
    /// time in clock ticks since boot (/proc/{pid}/stat, field 22) — .NET's Process.StartTime is derived from it with
    /// a boot time each reader computes for itself, which can differ by milliseconds; elsewhere whole seconds of
    /// Process.StartTime. Null when no such process runs.</summary>
    private static long? ProcessStart(int pid)
    {
        try
        {
            if (OperatingSystem.IsLinux())
            {
                var stat = File.ReadAllText($"/proc/{pid}/stat");
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                return long.Parse(fields[19], System.Globalization.CultureInfo.InvariantCulture);
            }

            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return process.StartTime.ToUniversalTime().Ticks / TimeSpan.TicksPerSecond;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }
}
