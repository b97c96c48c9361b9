using System.Globalization;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Lianzheng.Fakes;

/// <summary>The bot as an operator runs it: its own process (Production unless told otherwise, its own SQLite file),
/// so that what the benchmarks measure is the real program and what the tests kill is a real process.</summary>
public sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private bool _disposed;

    private BotProcess(Process process, string baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public int Id => _process.Id;

    /// <summary>Publishes Bot (Release) into bench/.out/bot unless a directory is given; returns the Bot.dll path.</summary>
    public static async Task<string> PublishAsync(string? botDirectory)
    {
        if (botDirectory is not null)
        {
            return Path.Combine(Path.GetFullPath(botDirectory), "Bot.dll");
        }

        var root = RepositoryRoot();
        var output = Path.Combine(root, "bench", ".out", "bot");
        Console.WriteLine($"publishing Bot (Release) to {output} ...");
        var exit = await RunAsync("dotnet", ["publish", Path.Combine(root, "Bot", "Bot.csproj"), "-c", "Release", "-o", output, "--nologo", "-v", "q"], []);
        return exit == 0 ? Path.Combine(output, "Bot.dll") : throw new InvalidOperationException("dotnet publish failed");
    }

    /// <summary>Runs a CLI verb of the bot (e.g. import-staff) with the same settings; returns its exit code.</summary>
    public static Task<int> RunVerbAsync(string botDll, IReadOnlyDictionary<string, string> settings, params string[] verb) =>
        RunAsync("dotnet", [botDll, .. verb], Environment(settings));

    /// <summary>Starts the bot on a free loopback port and waits until /healthz answers 200. What it prints goes to
    /// <paramref name="output"/> (the console by default).</summary>
    public static async Task<BotProcess> StartAsync(
        string botDll, IReadOnlyDictionary<string, string> settings, string environment = "Production", Action<string>? output = null)
    {
        output ??= line => Console.WriteLine("  bot| " + line);
        var port = FreePort();
        var baseUrl = $"http://127.0.0.1:{port}";
        var info = new ProcessStartInfo("dotnet", [botDll])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(botDll)!,
        };
        foreach (var (key, value) in Environment(settings))
        {
            info.Environment[key] = value;
        }

        info.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        info.Environment["ASPNETCORE_URLS"] = baseUrl;
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, e) => { if (e.Data is { Length: > 0 }) output(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { Length: > 0 }) output(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
        var started = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(60) && !process.HasExited)
        {
            try
            {
                if ((await http.GetAsync("/healthz")).StatusCode == HttpStatusCode.OK)
                {
                    return new BotProcess(process, baseUrl);
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(50);
        }

        throw new InvalidOperationException(process.HasExited
            ? $"The bot exited with code {process.ExitCode} before it became healthy."
            : "The bot did not become healthy within 60 s.");
    }

    /// <summary>Resident memory of the bot process in MB, from /proc: in all, at its peak, and the anonymous part (heap,
    /// stacks, SQLite caches) apart from mapped files (the runtime and assemblies, shared with other .NET processes).</summary>
    public MemoryFigures Memory()
    {
        var status = File.ReadAllLines($"/proc/{_process.Id}/status");
        double Mb(string key) => double.Parse(
            status.First(l => l.StartsWith(key, StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1],
            CultureInfo.InvariantCulture) / 1024;
        return new MemoryFigures(Mb("VmRSS:"), Mb("VmHWM:"), Mb("RssAnon:"), Mb("RssFile:"));
    }

    public sealed record MemoryFigures(double Rss, double Peak, double Anonymous, double Files)
    {
        public override string ToString() => $"RSS {Rss:0} MB (peak {Peak:0} MB; anonymous {Anonymous:0} MB, mapped files {Files:0} MB)";
    }

    /// <summary>User plus system CPU time the bot process has used so far, from /proc.</summary>
    public TimeSpan CpuTime()
    {
        var fields = File.ReadAllText($"/proc/{_process.Id}/stat").Split(')')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture); // utime, stime (fields 14 and 15 of the full line)
        return TimeSpan.FromSeconds(ticks / 100.0);
    }

    /// <summary>Kills the process outright (SIGKILL): no shutdown code of the bot runs, as in a crash or an OOM kill.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    /// <summary>Stops the bot (if it still runs); a second call does nothing.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Lianzheng.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Run the benchmark from inside the repository.");
    }

    private static Dictionary<string, string> Environment(IReadOnlyDictionary<string, string> settings)
    {
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            // Production requires the audit trail's key; a fixed one is fine for a throw-away benchmark database.
            ["Audit__Key"] = "bench-audit-key-not-a-secret-0123456789",
            ["DOTNET_NOLOGO"] = "1",
            ["Logging__LogLevel__Default"] = "Warning",
        };
        foreach (var (key, value) in settings)
        {
            environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return environment;
    }

    /// <summary>Runs a verb; of what it prints, the first lines are shown (a directory sync lists every person).</summary>
    private static async Task<int> RunAsync(string file, string[] arguments, Dictionary<string, string> environment)
    {
        const int Shown = 4;
        var info = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true };
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        using var process = Process.Start(info)!;
        var lines = 0;
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            if (++lines <= Shown)
            {
                Console.WriteLine(line);
            }
        }

        await process.WaitForExitAsync();
        if (lines > Shown)
        {
            Console.WriteLine($"  ... ({lines - Shown} more lines)");
        }

        return process.ExitCode;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
