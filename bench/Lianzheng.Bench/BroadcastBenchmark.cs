using System.Globalization;
using System.Diagnostics;
using Lianzheng.Fakes;
using Microsoft.Data.Sqlite;

namespace Lianzheng.Bench;

/// <summary>One integrity message to the whole staff (10 000 by default), sent by the supervisor from chat (dialog
/// 发送廉政提醒 over /api/messages) and delivered by the bot's outbox on both channels: Teams through a fake Connector
/// that enforces the Teams limits (50 requests/s per app, the per-conversation limits; 429 with Retry-After beyond
/// them), WeCom through the fake API (at most 1000 users per message/send). Everyone has a stored Teams conversation
/// (each said 菜单 once) and a WeCom userid (wecom-sync). It measures the time to the last Teams delivery against the
/// floor the 50/s limit sets, the WeCom calls against ⌈N/1000⌉, and counts delivered, failed, missing and duplicated.</summary>
public static class BroadcastBenchmark
{
    private const int TeamsRequestsPerSecond = 50;
    private static readonly int[] FirstDepartment = [1];

    public static async Task<int> RunAsync(BenchArguments arguments)
    {
        var staff = arguments.Users;
        var workDirectory = Directory.CreateTempSubdirectory("lianzheng-bench-").FullName;
        await using var teams = await FakeBotFramework.StartAsync();
        await using var wecom = await FakeWeCom.StartAsync();
        teams.RecordCalls = false;
        wecom.RecordCalls = false;
        var users = Enumerable.Range(0, staff).Select(i => $"29:bcast-{i}").ToArray();
        for (var i = 0; i < staff; i++)
        {
            teams.Emails[users[i]] = StaffSheet.Email(i);
        }

        wecom.Members.AddRange(Enumerable.Range(0, staff).Select(i => (StaffSheet.EmployeeNo(i), "成员", FirstDepartment)));
        var database = Path.Combine(workDirectory, "bench.db");
        var settings = new Dictionary<string, string>(teams.BotSettings().Concat(wecom.BotSettings()))
        {
            ["ConnectionStrings:Lianzheng"] = $"Data Source={database}",
        };
        await using var postgres = arguments.Postgres is { } server ? await BenchPostgres.CreateAsync(server, workDirectory, settings) : null;
        var botDll = await BotProcess.PublishAsync(arguments.BotDirectory);
        if (await BotProcess.RunVerbAsync(botDll, settings, "import-staff", await StaffSheet.WriteAsync(workDirectory, staff)) != 0
            || await BotProcess.RunVerbAsync(botDll, settings, "wecom-sync") != 0)
        {
            Console.WriteLine("import-staff or wecom-sync failed");
            return 1;
        }

        var replicas = new List<BotProcess>();
        for (var i = 0; i < Math.Max(1, arguments.Replicas); i++)
        {
            replicas.Add(await BotProcess.StartAsync(botDll, settings));
        }

        await using var bot = replicas[0];
        var token = teams.Token();
        var clients = replicas
            .Select(r => new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = arguments.Connections }) { BaseAddress = new Uri(r.BaseUrl) }).ToList();
        var http = clients[0];

        Console.WriteLine($"linking: {staff} Teams users say 菜单 once, through {replicas.Count} replica(s) in turn (stores each one's conversation; limits not enforced yet) ...");
        var greetings = users.Select(u => new TeamsTurnsBenchmark.Turn(u, "菜单", "hello-" + u)).ToArray();
        await Parallel.ForEachAsync(greetings.Select((turn, i) => (turn, i)), new ParallelOptions { MaxDegreeOfParallelism = arguments.Connections },
            async (greeting, ct) => await TeamsTurnsBenchmark.PostAsync(clients[greeting.i % clients.Count], teams, token, greeting.turn, ct));
        if (!await TeamsTurnsBenchmark.WaitForRepliesAsync(teams, greetings.Select(t => t.Id), TimeSpan.FromSeconds(300)))
        {
            Console.WriteLine("not every user was answered while linking");
            return 1;
        }

        var marker = "BCAST-" + Guid.NewGuid().ToString("N")[..8];
        teams.ProactiveMarker = marker;
        teams.Limits = new TeamsRateLimits(TimeProvider.System, TimeSpan.FromSeconds(1));
        Console.WriteLine("the supervisor sends 发送廉政提醒 to 全体人员 from Teams; the Connector now enforces the Teams limits ...");
        string[] dialog = ["发送廉政提醒", "节前廉政提醒", $"请全体干部职工严守中央八项规定精神和审计“八不准”工作纪律。{marker}", "全体人员", "是", "现在发送一次"];
        for (var i = 0; i < dialog.Length; i++)
        {
            await SayAsync(http, teams, token, users[0], dialog[i], $"dialog-{i}");
        }

        var wecomCallsBefore = wecom.SendCalls;
        var started = Stopwatch.GetTimestamp();
        await TeamsTurnsBenchmark.PostAsync(http, teams, token, new TeamsTurnsBenchmark.Turn(users[0], "是", "dialog-send"), CancellationToken.None);
        double? wecomDone = null;
        var deadline = TimeSpan.FromSeconds(staff / (double)TeamsRequestsPerSecond * 2 + 60);
        while (Stopwatch.GetElapsedTime(started) < deadline && teams.MarkedProactive.Count < staff)
        {
            if (wecomDone is null && wecom.MessagesPerUser.Count >= staff)
            {
                wecomDone = Stopwatch.GetElapsedTime(started).TotalSeconds;
            }

            await Task.Delay(100);
        }

        var arrivals = teams.MarkedArrivals.ToArray();
        var teamsElapsed = arrivals.Length == 0 ? 0 : (arrivals.Max() - started) / (double)Stopwatch.Frequency;
        var teamsFirst = arrivals.Length == 0 ? 0 : (arrivals.Min() - started) / (double)Stopwatch.Frequency;
        var maxGap = arrivals.Order().Zip(arrivals.Order().Skip(1), (a, b) => (b - a) / (double)Stopwatch.Frequency).DefaultIfEmpty(0).Max();
        wecomDone ??= wecom.MessagesPerUser.Count >= staff ? Stopwatch.GetElapsedTime(started).TotalSeconds : null;
        await Task.Delay(TimeSpan.FromSeconds(3)); // anything sent twice would arrive by now

        var teamsDuplicated = teams.MarkedProactive.Values.Sum(n => n - 1);
        var teamsMissing = staff - teams.MarkedProactive.Count;
        var wecomDuplicated = wecom.MessagesPerUser.Values.Sum(n => n - 1);
        var wecomMissing = staff - wecom.MessagesPerUser.Count;
        var wecomCalls = wecom.SendCalls - wecomCallsBefore;
        var statuses = postgres is not null ? await postgres.StatusesAsync() : await StatusesAsync(database);
        var floor = staff / (double)TeamsRequestsPerSecond;

        Console.WriteLine();
        Console.WriteLine($"Teams: {teams.MarkedProactive.Count} of {staff} delivered, last after {teamsElapsed:0.0} s (floor at {TeamsRequestsPerSecond}/s: {floor:0.0} s, "
            + $"{floor / Math.Max(teamsElapsed, 0.001):P1} of the allowed rate); missing {teamsMissing}, duplicated {teamsDuplicated}");
        Console.WriteLine($"Teams: first delivery {teamsFirst:0.0} s after the supervisor's 是 (the turn runs and queues {2 * staff} delivery rows)");
        Console.WriteLine($"Teams limits: {teams.Limits.Refused} requests answered 429, {teams.Limits.RetryAfterViolations} came back before their Retry-After; "
            + $"longest gap between two deliveries {maxGap * 1000:0} ms");
        // Replicas claiming at once split the rows between them (SKIP LOCKED): each may end with one part-filled call.
        var maxCalls = ((staff + 999) / 1000) + replicas.Count - 1;
        Console.WriteLine($"WeCom: {wecom.MessagesPerUser.Count} of {staff} delivered in {wecomCalls} message/send call(s) (⌈N/1000⌉ = {(staff + 999) / 1000}"
            + $"{(replicas.Count > 1 ? $", at most {maxCalls} with {replicas.Count} replicas claiming" : "")})"
            + $"{(wecomDone is { } done ? $", all within {done:0.0} s" : "")}; missing {wecomMissing}, duplicated {wecomDuplicated}");
        Console.WriteLine($"bot's delivery rows: {string.Join(", ", statuses.Select(s => $"{s.Channel} {s.Status}={s.Count}"))}");
        Console.WriteLine($"database: {(postgres is null ? "SQLite" : "PostgreSQL")}, {replicas.Count} replica(s)");
        foreach (var replica in replicas)
        {
            Console.WriteLine($"bot memory after: {replica.Memory()}");
        }

        foreach (var replica in replicas.Skip(1))
        {
            await replica.DisposeAsync();
        }

        clients.ForEach(c => c.Dispose());
        Directory.Delete(workDirectory, recursive: true);
        var ok = teamsMissing == 0 && teamsDuplicated == 0 && wecomMissing == 0 && wecomDuplicated == 0 && wecomCalls <= maxCalls
            && teams.Limits.RetryAfterViolations == 0;
        return ok ? 0 : 1;
    }

    private static async Task SayAsync(HttpClient http, FakeBotFramework teams, string token, string user, string text, string id)
    {
        await TeamsTurnsBenchmark.PostAsync(http, teams, token, new TeamsTurnsBenchmark.Turn(user, text, id), CancellationToken.None);
        if (!await TeamsTurnsBenchmark.WaitForRepliesAsync(teams, [id], TimeSpan.FromSeconds(30)))
        {
            throw new InvalidOperationException($"the bot did not answer “{text}”");
        }
    }

    internal static async Task<List<(string Channel, string Status, long Count)>> StatusesAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Channel, Status, COUNT(*) FROM Deliveries GROUP BY Channel, Status ORDER BY Channel, Status";
        var rows = new List<(string, string, long)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), StatusName(reader.GetInt32(1)), reader.GetInt64(2)));
        }

        return rows;
    }

    internal static string StatusName(int status) => status switch
    {
        1 => "pending", 2 => "delivered", 3 => "unreachable", 4 => "failed", var other => other.ToString(CultureInfo.InvariantCulture),
    };
}
