using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Lianzheng.Fakes;

namespace Lianzheng.Bench;

/// <summary>A dialog over authenticated Teams turns, as issue 18 compares bots: every user waits for the reply to his
/// previous message before he writes the next (closed loop, 16 connections), and then the same at a fixed rate (open
/// loop); each turn carries a Bot Framework token the bot validates in full and loads and saves the dialog's state.
/// Also measured: start to healthy (new and existing database), memory after start, under load and at rest.</summary>
public static class TeamsDialogBenchmark
{
    /// <summary>One round of the dialog: a filing told in one sentence (the dialog starts and asks the number of guests),
    /// a text answer (asks a yes/no question), the yes/no answer (asks the next question), and 取消 (the dialog ends).</summary>
    private static readonly string[] Script = ["我儿子下个月12号结婚，在县城锦江大酒店办10桌", "100", "否", "取消"];

    public static async Task<int> RunAsync(BenchArguments arguments)
    {
        var workDirectory = Directory.CreateTempSubdirectory("lianzheng-bench-").FullName;
        await using var fake = await FakeBotFramework.StartAsync();
        fake.RecordCalls = false;
        var users = TeamsTurnsBenchmark.Users(fake, arguments.Users);

        var replies = new ReplyWaiter(fake);
        var database = Path.Combine(workDirectory, "bench.db");
        var settings = new Dictionary<string, string>(fake.BotSettings()) { ["ConnectionStrings:Lianzheng"] = $"Data Source={database}" };
        var botDll = await BotProcess.PublishAsync(arguments.BotDirectory);

        // Start on a new database (migrations, Quartz's tables), once, to time it.
        var startNew = Stopwatch.GetTimestamp();
        await using (await BotProcess.StartAsync(botDll, new Dictionary<string, string>(settings) { ["ConnectionStrings:Lianzheng"] = $"Data Source={database}.new" }))
        {
        }

        var newStart = Stopwatch.GetElapsedTime(startNew);
        if (await BotProcess.RunVerbAsync(botDll, settings, "import-staff", await StaffSheet.WriteAsync(workDirectory, arguments.Users + 1)) != 0)
        {
            Console.WriteLine("import-staff failed");
            return 1;
        }

        if (arguments.History)
        {
            await HistoryFiller.FillAsync(database);
        }

        var startExisting = Stopwatch.GetTimestamp();
        var bot = await BotProcess.StartAsync(botDll, settings);
        var existingStart = Stopwatch.GetElapsedTime(startExisting);
        var afterStart = bot.Memory();
        var token = fake.Token();
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = arguments.Connections }) { BaseAddress = new Uri(bot.BaseUrl) };

        Console.WriteLine($"linking: {users.Length} users say 菜单 once ...");
        await Parallel.ForEachAsync(users, new ParallelOptions { MaxDegreeOfParallelism = arguments.Connections },
            async (user, ct) => await PostAndWaitAsync(http, fake, replies, token, new TeamsTurnsBenchmark.Turn(user, "菜单", "hello-" + user)));

        // How many messages each step answers with: the last user goes through the script once, one turn at a time.
        var calibration = users[^1];
        var perStep = new int[Script.Length];
        for (var step = 0; step < Script.Length; step++)
        {
            await PostAndWaitAsync(http, fake, replies, token, new TeamsTurnsBenchmark.Turn(calibration, Script[step], $"calibrate-{step}"));
        }

        await PostAndWaitAsync(http, fake, replies, token, new TeamsTurnsBenchmark.Turn(calibration, "帮助", "calibrate-end")); // in order: all before it are in
        for (var step = 0; step < Script.Length; step++)
        {
            perStep[step] = fake.RepliesTo[$"calibrate-{step}"];
        }

        Console.WriteLine($"calibration: the steps answer with {string.Join(", ", perStep)} message(s)");
        var loadUsers = users[..^1];
        var expected = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var conversations = new Conversations(loadUsers, http, fake, replies, token, expected, perStep);
        if (arguments.WarmUpSeconds > 0)
        {
            Console.WriteLine($"warm-up: closed loop for {arguments.WarmUpSeconds} s, not measured ...");
            await conversations.ClosedLoopAsync(arguments.Connections, TimeSpan.FromSeconds(arguments.WarmUpSeconds), "warm");
        }

        Console.WriteLine($"closed loop: {loadUsers.Length} users, {arguments.Connections} connections, {arguments.Seconds} s ...");
        var cpu = bot.CpuTime();
        var closed = await conversations.ClosedLoopAsync(arguments.Connections, TimeSpan.FromSeconds(arguments.Seconds), "closed");
        var closedCpu = bot.CpuTime() - cpu;
        var afterLoad = bot.Memory();

        Console.WriteLine($"quiet for {arguments.RestSeconds} s ...");
        cpu = bot.CpuTime();
        await Task.Delay(TimeSpan.FromSeconds(arguments.RestSeconds));
        var restCpu = bot.CpuTime() - cpu;
        var atRest = bot.Memory();

        Console.WriteLine($"open loop: {arguments.Rate} turns/s for {arguments.Seconds} s ...");
        cpu = bot.CpuTime();
        var open = await conversations.OpenLoopAsync(arguments.Rate, TimeSpan.FromSeconds(arguments.Seconds), "open");
        var openCpu = bot.CpuTime() - cpu;

        await replies.SettleAsync(expected, TimeSpan.FromSeconds(60));
        var missing = expected.Count(e => fake.RepliesTo.GetValueOrDefault(e.Key) < e.Value);
        var duplicated = expected.Count(e => fake.RepliesTo.GetValueOrDefault(e.Key) > e.Value);

        // Start to healthy again, on the database the load has filled.
        await bot.DisposeAsync();
        startExisting = Stopwatch.GetTimestamp();
        await using (await BotProcess.StartAsync(botDll, settings))
        {
        }

        var restart = Stopwatch.GetElapsedTime(startExisting);

        Console.WriteLine();
        Console.WriteLine($"history in the database: {(arguments.History ? HistoryFiller.Description : "none")}");
        Console.WriteLine($"closed loop: {closed.Turns} turns in {closed.Elapsed.TotalSeconds:0.0} s = {closed.Turns / closed.Elapsed.TotalSeconds:0} turns/s; "
            + $"turn latency {closed.Latencies.Summary()}; failed {closed.Failures}");
        Console.WriteLine($"  bot CPU {closedCpu.TotalSeconds:0.0} s ({closedCpu / closed.Elapsed:0.00} cores, "
            + $"{closedCpu.TotalMilliseconds / Math.Max(1, closed.Turns):0.00} ms per turn)");
        Console.WriteLine($"open loop at {arguments.Rate}/s: {open.Turns} turns in {open.Elapsed.TotalSeconds:0.0} s; turn latency {open.Latencies.Summary()}; "
            + $"failed {open.Failures}");
        Console.WriteLine($"  bot CPU {openCpu.TotalSeconds:0.0} s ({openCpu.TotalMilliseconds / Math.Max(1, open.Turns):0.00} ms per turn)");
        Console.WriteLine($"memory: after start {afterStart}; after the load {afterLoad}; at rest ({arguments.RestSeconds} s quiet) {atRest}");
        Console.WriteLine($"bot CPU at rest: {restCpu.TotalMilliseconds / arguments.RestSeconds:0.0} ms a second (timers, heartbeats, polling)");
        Console.WriteLine($"start to healthy: new database {newStart.TotalSeconds:0.00} s; existing {existingStart.TotalSeconds:0.00} s; "
            + $"after the load {restart.TotalSeconds:0.00} s");
        Console.WriteLine($"turns: {expected.Count}; answered short {missing}; answered more than once {duplicated}");
        Directory.Delete(workDirectory, recursive: true);
        return missing == 0 && duplicated == 0 && closed.Failures + open.Failures == 0 ? 0 : 1;
    }

    private static async Task PostAndWaitAsync(HttpClient http, FakeBotFramework fake, ReplyWaiter replies, string token, TeamsTurnsBenchmark.Turn turn)
    {
        var answered = replies.Expect(turn.Id);
        if (await TeamsTurnsBenchmark.PostAsync(http, fake, token, turn, CancellationToken.None) != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"the bot refused {turn.Id}");
        }

        await answered.WaitAsync(TimeSpan.FromSeconds(30));
    }

    /// <summary>The users' conversations: each goes through <see cref="Script"/> again and again, one step a turn, and
    /// writes only after the reply to his previous turn has come.</summary>
    private sealed class Conversations(
        string[] users, HttpClient http, FakeBotFramework fake, ReplyWaiter replies, string token, ConcurrentDictionary<string, int> expected, int[] perStep)
    {
        private readonly Dictionary<string, (int Step, Task<long> Previous)> _state = users.ToDictionary(u => u, _ => (0, Task.FromResult(0L)));

        /// <summary>Each connection serves its share of the users, one turn after another as fast as the replies come.</summary>
        public async Task<LoadResult> ClosedLoopAsync(int connections, TimeSpan duration, string phase)
        {
            var latencies = new Latencies(connections);
            var turns = 0;
            var failures = 0;
            var started = Stopwatch.GetTimestamp();
            await Task.WhenAll(Enumerable.Range(0, connections).Select(worker => Task.Run(async () =>
            {
                var mine = users.Where((_, i) => i % connections == worker).ToArray();
                for (var k = 0; Stopwatch.GetElapsedTime(started) < duration; k++)
                {
                    if (await TurnAsync(mine[k % mine.Length], $"{phase}-w{worker}-{k}", latencies, worker))
                    {
                        Interlocked.Increment(ref turns);
                    }
                    else
                    {
                        Interlocked.Increment(ref failures);
                    }
                }
            })));
            await Task.WhenAll(_state.Values.Select(s => s.Previous));
            return new LoadResult(turns, Stopwatch.GetElapsedTime(started), latencies, failures);
        }

        /// <summary>Turns started at a fixed rate, the users in turn (each has long had his reply when his turn comes).</summary>
        public async Task<LoadResult> OpenLoopAsync(int rate, TimeSpan duration, string phase)
        {
            var latencies = new Latencies(1);
            var turns = 0;
            var failures = 0;
            var inFlight = new List<Task>();
            var started = Stopwatch.GetTimestamp();
            for (var k = 0; ; k++)
            {
                var due = TimeSpan.FromSeconds(k / (double)rate);
                if (due >= duration)
                {
                    break;
                }

                var wait = due - Stopwatch.GetElapsedTime(started);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait);
                }

                var user = users[k % users.Length];
                var id = $"{phase}-{k}";
                inFlight.Add(Task.Run(async () =>
                {
                    if (await TurnAsync(user, id, latencies, 0))
                    {
                        Interlocked.Increment(ref turns);
                    }
                    else
                    {
                        Interlocked.Increment(ref failures);
                    }
                }));
            }

            await Task.WhenAll(inFlight);
            await Task.WhenAll(_state.Values.Select(s => s.Previous));
            return new LoadResult(turns, Stopwatch.GetElapsedTime(started), latencies, failures);
        }

        /// <summary>Waits for the user's previous reply, posts his next step and, without waiting for its reply, records
        /// the turn's latency (post to first reply) when it comes.</summary>
        private async Task<bool> TurnAsync(string user, string id, Latencies latencies, int worker)
        {
            Task<long> previous;
            int step;
            lock (_state)
            {
                (step, previous) = _state[user];
            }

            await previous;
            var answered = replies.Expect(id);
            var start = Stopwatch.GetTimestamp();
            expected[id] = perStep[step];
            lock (_state)
            {
                _state[user] = ((step + 1) % Script.Length, answered);
            }

            if (await TeamsTurnsBenchmark.PostAsync(http, fake, token, new TeamsTurnsBenchmark.Turn(user, Script[step], id), CancellationToken.None) != HttpStatusCode.OK)
            {
                replies.Forget(id);
                expected.TryRemove(id, out _);
                return false;
            }

            _ = answered.ContinueWith(t => { lock (latencies) { latencies.Record(worker, t.Result - start); } }, TaskScheduler.Default);
            return true;
        }
    }

    private sealed record LoadResult(int Turns, TimeSpan Elapsed, Latencies Latencies, int Failures);

    /// <summary>Turns the fake Connector's reply events into tasks: one per activity id, completed (with the timestamp)
    /// by the first reply to it.</summary>
    private sealed class ReplyWaiter
    {
        private readonly ConcurrentDictionary<string, TaskCompletionSource<long>> _waiting = new(StringComparer.Ordinal);
        private readonly FakeBotFramework _fake;

        public ReplyWaiter(FakeBotFramework fake)
        {
            _fake = fake;
            fake.ReplyReceived += id =>
            {
                if (_waiting.TryRemove(id, out var waiting))
                {
                    waiting.TrySetResult(Stopwatch.GetTimestamp());
                }
            };
        }

        public Task<long> Expect(string id) =>
            _waiting.GetOrAdd(id, _ => new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

        public void Forget(string id)
        {
            if (_waiting.TryRemove(id, out var waiting))
            {
                waiting.TrySetResult(0);
            }
        }

        /// <summary>Waits until every turn has had the replies it should have (or the time is up).</summary>
        public async Task SettleAsync(ConcurrentDictionary<string, int> expected, TimeSpan timeout)
        {
            var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
            while (Stopwatch.GetTimestamp() < deadline && expected.Any(e => _fake.RepliesTo.GetValueOrDefault(e.Key) < e.Value))
            {
                await Task.Delay(50);
            }
        }
    }
}
