using System.Diagnostics;

namespace Lianzheng.Bench;

/// <summary>Request latencies of one run, recorded without locks (one list per worker) and summarised at the end.</summary>
public sealed class Latencies(int workers)
{
    private readonly List<long>[] _ticks = [.. Enumerable.Range(0, workers).Select(_ => new List<long>(1 << 16))];

    public void Add(int worker, long startTimestamp) => _ticks[worker].Add(Stopwatch.GetTimestamp() - startTimestamp);

    /// <summary>A latency measured elsewhere, in Stopwatch ticks.</summary>
    public void Record(int worker, long ticks) => _ticks[worker].Add(ticks);

    public int Count => _ticks.Sum(t => t.Count);

    /// <summary>The latency below which the given share of requests finished, in milliseconds.</summary>
    public double Percentile(double quantile)
    {
        var all = _ticks.SelectMany(t => t).Order().ToArray();
        return all.Length == 0 ? 0 : all[Math.Min(all.Length - 1, (int)Math.Ceiling(quantile * all.Length) - 1)] * 1000.0 / Stopwatch.Frequency;
    }

    public string Summary() =>
        $"p50 {Percentile(0.50):0.0} ms, p90 {Percentile(0.90):0.0} ms, p99 {Percentile(0.99):0.0} ms, "
        + $"p99.9 {Percentile(0.999):0.0} ms, max {Percentile(1):0.0} ms";
}
