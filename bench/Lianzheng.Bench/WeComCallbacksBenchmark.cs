using System.Diagnostics;
using System.Net;
using System.Text;
using Lianzheng.Fakes;

namespace Lianzheng.Bench;

/// <summary>Encrypted WeCom callbacks on POST /api/wecom/callback: each is signed and AES-encrypted as WeCom does it,
/// the bot checks and decrypts it, stores it (deduplicated by MsgId) and answers an empty 200; the turn runs in the
/// background and replies through the fake WeCom API's message/send. Every tenth callback is delivered twice, as WeCom
/// does when it misses an answer; each must be answered exactly once.</summary>
public static class WeComCallbacksBenchmark
{
    private static readonly string[] Script = ["备案", "取消", "我的备案", "帮助"];

    public static async Task<int> RunAsync(BenchArguments arguments)
    {
        var workDirectory = Directory.CreateTempSubdirectory("lianzheng-bench-").FullName;
        await using var fake = await FakeWeCom.StartAsync();
        fake.RecordCalls = false;
        // WeCom takes at most 30 messages a minute per member: enough members that none of them goes over at this rate.
        var users = Enumerable.Range(1, Math.Max(arguments.Users, arguments.Rate * 3)).Select(StaffSheet.EmployeeNo).ToArray();
        fake.Members.AddRange(users.Select(u => (u, "成员", new[] { 1 })));
        var settings = new Dictionary<string, string>(fake.BotSettings())
        {
            ["ConnectionStrings:Lianzheng"] = $"Data Source={Path.Combine(workDirectory, "bench.db")}",
        };
        var botDll = await BotProcess.PublishAsync(arguments.BotDirectory);
        if (await BotProcess.RunVerbAsync(botDll, settings, "import-staff", await StaffSheet.WriteAsync(workDirectory, users.Length + 1)) != 0
            || await BotProcess.RunVerbAsync(botDll, settings, "wecom-sync") != 0)
        {
            Console.WriteLine("import-staff or wecom-sync failed");
            return 1;
        }

        await using var bot = await BotProcess.StartAsync(botDll, settings);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = arguments.Connections }) { BaseAddress = new Uri(bot.BaseUrl) };
        long msgId = 1;
        if (arguments.WarmUpSeconds > 0)
        {
            Console.WriteLine($"warm-up load: {arguments.WarmUpSeconds} s at the target rate, not measured ...");
            var warm = await RunLoadAsync(http, users, arguments, arguments.WarmUpSeconds, () => Interlocked.Increment(ref msgId));
            await WaitForAsync(() => fake.RecipientsSent >= warm.Unique, TimeSpan.FromSeconds(120));
        }

        var before = fake.RecipientsSent;
        Console.WriteLine($"load: {arguments.Connections} connections, target {arguments.Rate} callbacks/s, {arguments.Seconds} s ...");
        var cpuBefore = bot.CpuTime();
        var started = Stopwatch.GetTimestamp();
        var load = await RunLoadAsync(http, users, arguments, arguments.Seconds, () => Interlocked.Increment(ref msgId));
        var elapsed = Stopwatch.GetElapsedTime(started);
        var cpu = bot.CpuTime() - cpuBefore;
        var memory = bot.Memory();
        var drained = await WaitForAsync(() => fake.RecipientsSent - before >= load.Unique, TimeSpan.FromSeconds(120));
        await Task.Delay(TimeSpan.FromSeconds(2)); // anything answered twice would arrive by now
        var answered = fake.RecipientsSent - before;

        Console.WriteLine();
        Console.WriteLine($"callbacks posted: {load.Posted} ({load.Unique} distinct, {load.Posted - load.Unique} redelivered) in {elapsed.TotalSeconds:0.0} s"
            + $" = {load.Posted / elapsed.TotalSeconds:0} /s; not answered 200: {load.Failures}");
        Console.WriteLine($"200 latency at {arguments.Connections} connections: {load.Latencies.Summary()}");
        Console.WriteLine($"turns answered through message/send: {answered} of {load.Unique} distinct callbacks{(drained ? "" : " (NOT ALL ANSWERED)")}");
        Console.WriteLine($"bot CPU during the load: {cpu.TotalSeconds:0.0} s ({cpu / elapsed:0.00} cores); memory after: {memory}");
        Directory.Delete(workDirectory, recursive: true);
        return drained && answered == load.Unique && load.Failures == 0 ? 0 : 1;
    }

    private static async Task<LoadResult> RunLoadAsync(HttpClient http, string[] users, BenchArguments arguments, int seconds, Func<long> nextMsgId)
    {
        var latencies = new Latencies(arguments.Connections);
        int posted = 0, unique = 0, failures = 0;
        var started = Stopwatch.GetTimestamp();
        var duration = TimeSpan.FromSeconds(seconds);
        var workers = Enumerable.Range(0, arguments.Connections).Select(worker => Task.Run(async () =>
        {
            var mine = users.Where((_, i) => i % arguments.Connections == worker).ToArray();
            (string Query, string Body)? redeliver = null;
            for (var k = 0; ; k++)
            {
                var due = TimeSpan.FromSeconds((k * (double)arguments.Connections + worker) / arguments.Rate);
                if (due >= duration)
                {
                    break;
                }

                var wait = due - Stopwatch.GetElapsedTime(started);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait);
                }

                var callback = redeliver ?? FakeWeCom.Callback(FakeWeCom.TextMessage(mine[k % mine.Length], Script[k / mine.Length % Script.Length], nextMsgId()));
                if (redeliver is null)
                {
                    Interlocked.Increment(ref unique);
                }

                redeliver = redeliver is null && k % 10 == 9 ? callback : null;
                var start = Stopwatch.GetTimestamp();
                using var response = await http.PostAsync("/api/wecom/callback?" + callback.Query, new StringContent(callback.Body, Encoding.UTF8, "text/xml"));
                Interlocked.Increment(ref posted);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    latencies.Add(worker, start);
                }
                else
                {
                    Interlocked.Increment(ref failures);
                }
            }
        })).ToArray();
        await Task.WhenAll(workers);
        return new LoadResult(posted, unique, failures, latencies);
    }

    private static async Task<bool> WaitForAsync(Func<bool> condition, TimeSpan timeout)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (!condition())
        {
            if (Stopwatch.GetTimestamp() > deadline)
            {
                return false;
            }

            await Task.Delay(20);
        }

        return true;
    }

    private sealed record LoadResult(int Posted, int Unique, int Failures, Latencies Latencies);
}
