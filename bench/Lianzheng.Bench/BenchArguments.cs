using System.Globalization;
namespace Lianzheng.Bench;

/// <summary>Command line: <c>&lt;benchmark&gt; [--seconds N] [--warmup N] [--rate N] [--connections N] [--users N] [--bot DIR]
/// [--postgres CONNECTION] [--replicas N] [--history 0|1] [--rest N]</c>. With <c>--postgres</c> (a server and a role that may create databases) the
/// benchmark runs on a new PostgreSQL database of that server, with <c>--replicas</c> bots on it (broadcast).</summary>
public sealed record BenchArguments(
    string Benchmark, int Seconds, int WarmUpSeconds, int Rate, int Connections, int Users, string? BotDirectory, string? Postgres = null, int Replicas = 1,
    bool History = false, int RestSeconds = 60)
{
    public static BenchArguments? Parse(string[] args)
    {
        if (args.Length == 0)
        {
            return null;
        }

        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i + 1 < args.Length; i += 2)
        {
            options[args[i].TrimStart('-')] = args[i + 1];
        }

        int Number(string key, int fallback) => options.TryGetValue(key, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
        var rate = Number("rate", args[0] switch { "wecom" => 500, "teams-dialog" => 60, _ => 1000 });
        return new BenchArguments(args[0], Number("seconds", 30), Number("warmup", 10), rate, Number("connections", 16),
            Number("users", args[0] switch { "broadcast" => 10_000, "workbench" => 300, _ => 400 }),
            options.GetValueOrDefault("bot"), options.GetValueOrDefault("postgres"), Number("replicas", 1),
            Number("history", 0) == 1, Number("rest", 60));
    }
}
