using System.Diagnostics;
using System.Net;
using System.Text;
using Lianzheng.Fakes;

namespace Lianzheng.Bench;

/// <summary>Encrypted WeCom callbacks on POST /api/wecom/callback: each is signed and AES-encrypted as WeCom does it,
/// the bot checks and decrypts it, stores it (deduplicated by MsgId) and answers an empty 200; the turn runs in the
/// background and replies through the fake WeCom API's message/send. Every tenth callback is delivered twice, as WeCom
/// does when it misses an answer; each must be answered exactly once, which is checked member by member: every member
/// goes through the script in order, a calibration member first shows how many messages each step of the script
/// answers with, and the fake counts the messages each member received.</summary>
public static class WeComCallbacksBenchmark
{
    private static readonly string[] Script = ["备案", "取消", "我的备案", "帮助"];
    private static readonly int[] FirstDepartment = [1];

    public static async Task<int> RunAsync(BenchArguments arguments)
    {
        var workDirectory = Directory.CreateTempSubdirectory("lianzheng-bench-").FullName;
        await using var fake = await FakeWeCom.StartAsync();
        fake.RecordCalls = false;
        // WeCom takes at most 30 messages a minute per member: enough members that none of them goes over at this rate.
        var members = Math.Max(arguments.Users, arguments.Rate * 3);
        var users = Enumerable.Range(1, members).Select(StaffSheet.EmployeeNo).ToArray();
        var calibrationUser = StaffSheet.EmployeeNo(members + 1);
        fake.Members.AddRange(users.Append(calibrationUser).Select(u => (u, "成员", FirstDepartment)));
        var settings = new Dictionary<string, string>(fake.BotSettings())
        {
            ["ConnectionStrings:Lianzheng"] = $"Data Source={Path.Combine(workDirectory, "bench.db")}",
        };
        var botDll = await BotProcess.PublishAsync(arguments.BotDirectory);
        if (await BotProcess.RunVerbAsync(botDll, settings, "import-staff", await StaffSheet.WriteAsync(workDirectory, members + 2)) != 0
            || await BotProcess.RunVerbAsync(botDll, settings, "wecom-sync") != 0)
        {
            Console.WriteLine("import-staff or wecom-sync failed");
            return 1;
        }

        await using var bot = await BotProcess.StartAsync(botDll, settings);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = arguments.Connections }) { BaseAddress = new Uri(bot.BaseUrl) };
        var load = new ScriptedLoad(http, users, arguments);

        var repliesPerStep = await CalibrateAsync(http, fake, calibrationUser, load);
        Console.WriteLine($"calibration: one member going through the script twice gets {string.Join(", ", Script.Select((w, i) => $"{w} → {repliesPerStep[i]}"))} message(s)");

        if (arguments.WarmUpSeconds > 0)
        {
            Console.WriteLine($"warm-up load: {arguments.WarmUpSeconds} s at the target rate, not measured ...");
            await load.RunAsync(arguments.WarmUpSeconds);
            await WaitForAsync(() => Received(fake, users) >= load.Expected(repliesPerStep).Sum(), TimeSpan.FromSeconds(120));
        }

        var expectedBefore = load.Expected(repliesPerStep).Sum();
        var receivedBefore = Received(fake, users);
        Console.WriteLine($"load: {arguments.Connections} connections, target {arguments.Rate} callbacks/s, {arguments.Seconds} s ...");
        var cpuBefore = bot.CpuTime();
        var started = Stopwatch.GetTimestamp();
        var result = await load.RunAsync(arguments.Seconds);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var cpu = bot.CpuTime() - cpuBefore;
        var memory = bot.Memory();
        var expected = load.Expected(repliesPerStep);
        var drained = await WaitForAsync(() => Received(fake, users) >= expected.Sum(), TimeSpan.FromSeconds(120));
        var drainedAfter = Stopwatch.GetElapsedTime(started);
        await Task.Delay(TimeSpan.FromSeconds(3)); // anything answered twice would arrive by now

        // Member by member over the whole run (warm-up included): a member short of his expected messages lost a turn,
        // one over them got a turn answered twice.
        long lost = 0, duplicated = 0;
        for (var i = 0; i < users.Length; i++)
        {
            var got = fake.MessagesPerUser.GetValueOrDefault(users[i]);
            lost += Math.Max(0, expected[i] - got);
            duplicated += Math.Max(0, got - expected[i]);
        }

        var measuredExpected = expected.Sum() - expectedBefore;
        var measuredReceived = Received(fake, users) - receivedBefore;
        Console.WriteLine();
        Console.WriteLine($"callbacks posted: {result.Posted} ({result.Unique} distinct, {result.Posted - result.Unique} redelivered) in {elapsed.TotalSeconds:0.0} s"
            + $" = {result.Posted / elapsed.TotalSeconds:0} /s; not answered 200: {result.Failures}");
        Console.WriteLine($"200 latency at {arguments.Connections} connections: {result.Latencies.Summary()}");
        Console.WriteLine($"replies through message/send: {measuredReceived} of {measuredExpected} expected for the {result.Unique} distinct callbacks"
            + (drained ? $", all sent {drainedAfter.TotalSeconds:0.0} s after the load began" : " (NOT ALL ANSWERED)"));
        Console.WriteLine($"member by member, whole run: {lost} replies missing, {duplicated} replies duplicated");
        Console.WriteLine($"bot CPU during the load: {cpu.TotalSeconds:0.0} s ({cpu / elapsed:0.00} cores); memory after: {memory}");
        Directory.Delete(workDirectory, recursive: true);
        return drained && lost == 0 && duplicated == 0 && result.Failures == 0 ? 0 : 1;
    }

    /// <summary>How many messages each step of the script answers with, from one member going through it twice, one
    /// callback at a time (each posted twice, as a redelivery), waiting until his replies stop coming.</summary>
    private static async Task<int[]> CalibrateAsync(HttpClient http, FakeWeCom fake, string user, ScriptedLoad load)
    {
        var replies = new int[Script.Length];
        for (var round = 0; round < 2; round++)
        {
            for (var step = 0; step < Script.Length; step++)
            {
                var before = fake.MessagesPerUser.GetValueOrDefault(user);
                var callback = FakeWeCom.Callback(FakeWeCom.TextMessage(user, Script[step], load.NextMsgId()));
                for (var delivery = 0; delivery < 2; delivery++)
                {
                    using var response = await http.PostAsync("/api/wecom/callback?" + callback.Query, new StringContent(callback.Body, Encoding.UTF8, "text/xml"));
                    response.EnsureSuccessStatusCode();
                }

                await WaitForAsync(() => fake.MessagesPerUser.GetValueOrDefault(user) > before, TimeSpan.FromSeconds(30));
                var settled = fake.MessagesPerUser.GetValueOrDefault(user);
                do
                {
                    settled = fake.MessagesPerUser.GetValueOrDefault(user);
                    await Task.Delay(TimeSpan.FromSeconds(1));
                }
                while (fake.MessagesPerUser.GetValueOrDefault(user) != settled);

                var count = settled - before;
                if (round == 1 && count != replies[step])
                {
                    throw new InvalidOperationException($"{Script[step]} answered {replies[step]} then {count} messages: the script is not repeatable");
                }

                replies[step] = count;
            }
        }

        return replies;
    }

    private static long Received(FakeWeCom fake, string[] users) => users.Sum(u => (long)fake.MessagesPerUser.GetValueOrDefault(u));

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

    /// <summary>Paced load over the members, each of whom goes through the script in order across every phase; keeps
    /// how many steps each member was sent.</summary>
    private sealed class ScriptedLoad(HttpClient http, string[] users, BenchArguments arguments)
    {
        private readonly int[] _stepsSent = new int[users.Length];
        private long _msgId;

        public long NextMsgId() => Interlocked.Increment(ref _msgId);

        /// <summary>The messages each member should have received so far, given the replies per step.</summary>
        public long[] Expected(int[] repliesPerStep) =>
            [.. _stepsSent.Select(steps => (long)(steps / Script.Length * repliesPerStep.Sum() + repliesPerStep.Take(steps % Script.Length).Sum()))];

        public async Task<LoadResult> RunAsync(int seconds)
        {
            var latencies = new Latencies(arguments.Connections);
            int posted = 0, unique = 0, failures = 0;
            var started = Stopwatch.GetTimestamp();
            var duration = TimeSpan.FromSeconds(seconds);
            var workers = Enumerable.Range(0, arguments.Connections).Select(worker => Task.Run(async () =>
            {
                // Each member belongs to one worker, so his steps go out in order and are counted without a race.
                var mine = Enumerable.Range(0, users.Length).Where(i => i % arguments.Connections == worker).ToArray();
                var cursor = 0;
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

                    var callback = redeliver ?? NewCallback(mine[cursor++ % mine.Length]);
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

        private (string Query, string Body) NewCallback(int member)
        {
            var step = _stepsSent[member]++;
            return FakeWeCom.Callback(FakeWeCom.TextMessage(users[member], Script[step % Script.Length], NextMsgId()));
        }
    }

    private sealed record LoadResult(int Posted, int Unique, int Failures, Latencies Latencies);
}
