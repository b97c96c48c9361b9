using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Lianzheng.Fakes;

namespace Lianzheng.Bench;

/// <summary>Authenticated message turns on /api/messages: every request carries a Bot Framework token that the bot
/// validates (signature against the fake authority's keys), every turn loads and saves dialog state in SQLite and posts
/// its reply to the fake Connector. Load: a fixed number of connections, paced to a target rate.</summary>
public static class TeamsTurnsBenchmark
{
    /// <summary>What each user says in turn: start a filing (state saved), cancel it, list filings, ask for help.</summary>
    private static readonly string[] Script = ["备案", "取消", "我的备案", "帮助"];

    public static async Task<int> RunAsync(BenchArguments arguments)
    {
        var workDirectory = Directory.CreateTempSubdirectory("lianzheng-bench-").FullName;
        await using var fake = await FakeBotFramework.StartAsync();
        fake.RecordCalls = false;
        var users = Users(fake, arguments.Users);

        var settings = new Dictionary<string, string>(fake.BotSettings())
        {
            ["ConnectionStrings:Lianzheng"] = $"Data Source={Path.Combine(workDirectory, "bench.db")}",
        };
        var botDll = await BotProcess.PublishAsync(arguments.BotDirectory);
        if (await BotProcess.RunVerbAsync(botDll, settings, "import-staff", await StaffSheet.WriteAsync(workDirectory, arguments.Users + 1)) != 0)
        {
            Console.WriteLine("import-staff failed");
            return 1;
        }

        await using var bot = await BotProcess.StartAsync(botDll, settings);
        var token = fake.Token();
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = arguments.Connections })
        {
            BaseAddress = new Uri(bot.BaseUrl),
        };

        Console.WriteLine($"linking: {users.Length} users say 菜单 once (links each Teams user to the directory) ...");
        var greetings = users.Select(u => new Turn(u, "菜单", "hello-" + u)).ToArray();
        await Parallel.ForEachAsync(greetings, new ParallelOptions { MaxDegreeOfParallelism = arguments.Connections },
            async (turn, ct) => await PostAsync(http, fake, token, turn, ct));
        await WaitForRepliesAsync(fake, greetings.Select(t => t.Id), TimeSpan.FromSeconds(60));

        if (arguments.WarmUpSeconds > 0)
        {
            // A bot runs for weeks: measure it warm (its code tiered up, its caches and pools filled), not in its first seconds.
            Console.WriteLine($"warm-up load: {arguments.WarmUpSeconds} s at the target rate, not measured ...");
            var warm = await RunLoadAsync(http, fake, token, users, arguments, arguments.WarmUpSeconds, "warm");
            await WaitForRepliesAsync(fake, warm.Sent, TimeSpan.FromSeconds(120));
        }

        Console.WriteLine($"load: {arguments.Connections} connections, target {arguments.Rate}/s, {arguments.Seconds} s ...");
        var cpuBefore = bot.CpuTime();
        var started = Stopwatch.GetTimestamp();
        var load = await RunLoadAsync(http, fake, token, users, arguments, arguments.Seconds, "run");
        var sendElapsed = Stopwatch.GetElapsedTime(started);
        var cpuDuringLoad = bot.CpuTime() - cpuBefore;
        var allSent = load.Sent;
        var latencies = load.Latencies;
        var failures = load.Failures;
        var answeredDuringLoad = allSent.Count(fake.RepliesTo.ContainsKey);
        var memoryAfterLoad = bot.Memory();
        var drained = await WaitForRepliesAsync(fake, allSent, TimeSpan.FromSeconds(120));
        var totalElapsed = Stopwatch.GetElapsedTime(started);
        var answered = allSent.Count(fake.RepliesTo.ContainsKey);
        var duplicates = allSent.Count(id => fake.RepliesTo.TryGetValue(id, out var n) && n > 1); // every turn of the script answers with one card

        Console.WriteLine();
        Console.WriteLine($"requests accepted (200): {allSent.Length} in {sendElapsed.TotalSeconds:0.0} s = {allSent.Length / sendElapsed.TotalSeconds:0} /s; failed: {failures}");
        Console.WriteLine($"ack latency at {arguments.Connections} connections: {latencies.Summary()}");
        Console.WriteLine($"turns answered during the load: {answeredDuringLoad}; all {answered} answered after {totalElapsed.TotalSeconds:0.0} s"
            + $" = {answered / totalElapsed.TotalSeconds:0} turns/s end to end{(drained ? "" : " (NOT ALL ANSWERED)")}");
        Console.WriteLine($"turns answered more than once: {duplicates}");
        Console.WriteLine($"bot CPU during the load: {cpuDuringLoad.TotalSeconds:0.0} s of {sendElapsed.TotalSeconds:0.0} s wall"
            + $" ({cpuDuringLoad / sendElapsed:0.00} cores, {cpuDuringLoad.TotalMilliseconds / Math.Max(1, answeredDuringLoad):0.00} ms per turn)");
        Console.WriteLine($"bot memory after the load: {memoryAfterLoad}");
        Directory.Delete(workDirectory, recursive: true);
        return drained && failures == 0 && duplicates == 0 ? 0 : 1;
    }

    /// <summary>The Teams users of the staff sheet's people 1…count, whose emails the fake hands the bot when it links them.</summary>
    internal static string[] Users(FakeBotFramework fake, int count)
    {
        var users = Enumerable.Range(1, count).Select(i => $"29:bench-user-{i}").ToArray();
        for (var i = 0; i < users.Length; i++)
        {
            fake.Emails[users[i]] = StaffSheet.Email(i + 1);
        }

        return users;
    }

    internal static async Task<HttpStatusCode> PostAsync(HttpClient http, FakeBotFramework fake, string token, Turn turn, CancellationToken cancellationToken)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = turn.Id,
            ["timestamp"] = TimeProvider.System.GetUtcNow().ToString("O"),
            ["serviceUrl"] = fake.ServiceUrl,
            ["channelId"] = "msteams",
            ["from"] = new JsonObject { ["id"] = turn.User, ["aadObjectId"] = "aad-" + turn.User },
            ["recipient"] = new JsonObject { ["id"] = "28:" + FakeBotFramework.AppId, ["name"] = "廉政助手" },
            ["conversation"] = new JsonObject { ["id"] = "a:conv-" + turn.User, ["conversationType"] = "personal", ["tenantId"] = FakeBotFramework.Tenant },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = FakeBotFramework.Tenant } },
            ["text"] = turn.Text,
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request, cancellationToken);
        return response.StatusCode;
    }

    internal static async Task<bool> WaitForRepliesAsync(FakeBotFramework fake, IEnumerable<string> ids, TimeSpan timeout)
    {
        var pending = ids.ToHashSet();
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < deadline)
        {
            pending.RemoveWhere(fake.RepliesTo.ContainsKey);
            if (pending.Count == 0)
            {
                return true;
            }

            await Task.Delay(20);
        }

        return false;
    }

    private static async Task<LoadResult> RunLoadAsync(
        HttpClient http, FakeBotFramework fake, string token, string[] users, BenchArguments arguments, int seconds, string phase)
    {
        var latencies = new Latencies(arguments.Connections);
        var sent = new List<string>[arguments.Connections];
        var failures = 0;
        var started = Stopwatch.GetTimestamp();
        var duration = TimeSpan.FromSeconds(seconds);
        var workers = Enumerable.Range(0, arguments.Connections).Select(worker => Task.Run(async () =>
        {
            var mine = users.Where((_, i) => i % arguments.Connections == worker).ToArray();
            var ids = sent[worker] = new List<string>(arguments.Rate * seconds / arguments.Connections + 16);
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

                var user = mine[k % mine.Length];
                var turn = new Turn(user, Script[k / mine.Length % Script.Length], $"{phase}-w{worker}-{k}");
                var start = Stopwatch.GetTimestamp();
                if (await PostAsync(http, fake, token, turn, CancellationToken.None) == HttpStatusCode.OK)
                {
                    latencies.Add(worker, start);
                    ids.Add(turn.Id);
                }
                else
                {
                    Interlocked.Increment(ref failures);
                }
            }
        })).ToArray();
        await Task.WhenAll(workers);
        return new LoadResult([.. sent.SelectMany(s => s)], latencies, failures);
    }

    private sealed record LoadResult(string[] Sent, Latencies Latencies, int Failures);

    internal sealed record Turn(string User, string Text, string Id);
}
