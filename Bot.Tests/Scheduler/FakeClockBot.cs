using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Lianzheng.Tests.Scheduler;

/// <summary>The bot's own executable run as a process (Development, on its SQLite file, on a free loopback port) whose
/// clock libfaketime starts at a given instant and then lets run: the system clock TimeProvider and Quartz read.</summary>
internal sealed partial class FakeClockBot : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly TaskCompletionSource<Uri> _address = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private FakeClockBot(Process process) => _process = process;

    public static FakeClockBot Start(string libFaketime, string database, DateTimeOffset clockStart)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var arg in (string[])["exec", Path.Combine(AppContext.BaseDirectory, "Bot.dll"), $"--ConnectionStrings:Lianzheng=Data Source={database}"])
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["LD_PRELOAD"] = libFaketime;
        start.Environment["TZ"] = "UTC";
        start.Environment["FAKETIME"] = "@" + clockStart.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        var bot = new FakeClockBot(Process.Start(start)!);
        bot._process.OutputDataReceived += (_, e) => bot.Received(e.Data);
        bot._process.ErrorDataReceived += (_, e) => bot.Received(e.Data);
        bot._process.BeginOutputReadLine();
        bot._process.BeginErrorReadLine();
        return bot;
    }

    /// <summary>Waits until /healthz/ready says Healthy (the scheduler has started).</summary>
    public async Task<HttpClient> HealthyAsync()
    {
        var address = await _address.Task.WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
        var http = new HttpClient { BaseAddress = address };
        await Support.Eventually.TrueAsync(async () => await HealthAsync(http) == "Healthy", "the bot did not become healthy", 60000);
        return http;
    }

    /// <summary>Stops the bot as a service manager does (SIGTERM) and returns its exit code.</summary>
    public async Task<int> StopAsync()
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        await _process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return _process.ExitCode;
    }

    /// <summary>How many lines the process wrote so far (standard output and error) contain the text.</summary>
    public int Count(string text) => _output.Count(line => line.Contains(text, StringComparison.Ordinal));

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static async Task<string?> HealthAsync(HttpClient http)
    {
        try
        {
            return await http.GetStringAsync("/healthz/ready");
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    private void Received(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        if (Listening().Match(line) is { Success: true } match)
        {
            _address.TrySetResult(new Uri(match.Groups[1].Value));
        }
    }

    [GeneratedRegex(@"Listening on (http://127\.0\.0\.1:\d+)")]
    private static partial Regex Listening();
}
