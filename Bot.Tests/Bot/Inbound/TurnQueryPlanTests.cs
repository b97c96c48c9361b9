using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Lianzheng.Fakes;
using Lianzheng.Tests.Bot.Teams;
using Lianzheng.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Lianzheng.Tests.Bot.Inbound;

/// <summary>A bot runs for years: the cost of a turn must not depend on how many came before. Every statement the host
/// runs on SQLite while people talk to it on Teams (the turns, their replies, and the background work meanwhile) is
/// captured as EF Core sends it, and SQLite's plan for it may not scan a table or a whole index: each reaches its rows
/// through an index.</summary>
public sealed partial class TurnQueryPlanTests
{
    /// <summary>Tables whose size does not grow with use, which may be read whole: a heartbeat row per dispatcher running.</summary>
    private static readonly HashSet<string> Bounded = ["DispatcherHeartbeats"];

    [Fact]
    public async Task No_statement_of_a_turn_scans_a_table()
    {
        await using var fake = await FakeBotFramework.StartAsync();
        fake.Emails["29:zhu"] = "A013@demo-audit.example";
        fake.Emails["29:wang"] = "A005@demo-audit.example";
        // Heartbeats every second: the dispatcher's statements are among those captured, whatever the machine's speed.
        var settings = new Dictionary<string, string>(fake.BotSettings()) { ["Delivery:HeartbeatInterval"] = "00:00:01" };
        await using var app = new BotApp(BotApp.NewDatabasePath(), settings: settings);
        using var http = app.CreateClient();
        var teams = new TeamsTestKit(fake, http, app.AllInboundHandledAsync);
        await teams.SayAsync("29:zhu", "菜单"); // linked, and the host warm

        using var statements = new StatementCapture(app.DatabasePath);
        foreach (var user in new[] { "29:zhu", "29:wang" })
        {
            foreach (var text in new[] { "我儿子下个月12号结婚，在县城锦江大酒店办10桌", "100", "否", "取消", "我的备案", "帮助" })
            {
                await teams.SayAsync(user, text);
            }
        }

        var captured = statements.Distinct();
        Assert.NotEmpty(captured);
        var scans = new List<string>();
        await using var connection = new SqliteConnection($"Data Source={app.DatabasePath};Pooling=False");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        foreach (var statement in captured)
        {
            var plan = await PlanAsync(connection, statement);
            var tables = Aliases().Matches(statement.Text).GroupBy(m => m.Groups[2].Value).ToDictionary(g => g.Key, g => g.First().Groups[1].Value);
            // A scan of a subquery's rows (a co-routine or a materialised view of them), of a constant row or of a JSON
            // parameter's values is no scan of a table; any other names a table (by its alias).
            var subqueries = plan.Select(d => d.Split(' ')).Where(w => w[0] is "CO-ROUTINE" or "MATERIALIZE").Select(w => w[1]).ToHashSet();
            foreach (var detail in plan)
            {
                var words = detail.Split(' ');
                if (words[0] == "SCAN" && words[1] != "CONSTANT" && !subqueries.Contains(words[1]) && !detail.Contains("VIRTUAL TABLE", StringComparison.Ordinal)
                    && !Bounded.Contains(tables.GetValueOrDefault(words[1], words[1])))
                {
                    scans.Add($"{detail}\n    in: {statement.Text}");
                }
            }
        }

        Assert.True(scans.Count == 0, $"{scans.Count} plan step(s) scan a table:\n" + string.Join("\n", scans));
    }

    /// <summary>SQLite's plan of each statement of the command (EF puts several in one command), with its parameters.</summary>
    private static async Task<List<string>> PlanAsync(SqliteConnection connection, Statement statement)
    {
        var details = new List<string>();
        foreach (var sql in statement.Text.Split(";\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var verb = sql.TrimStart('(').Split((char[])[' ', '\n'], 2)[0].ToUpperInvariant();
            if (verb is not ("SELECT" or "WITH" or "UPDATE" or "DELETE" or "INSERT"))
            {
                continue;
            }

            await using var command = connection.CreateCommand();
            command.CommandText = "EXPLAIN QUERY PLAN " + sql;
            foreach (var (name, value) in statement.Parameters.Where(p => sql.Contains(p.Name, StringComparison.Ordinal)))
            {
                command.Parameters.AddWithValue(name, value ?? DBNull.Value);
            }

            await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
            while (await reader.ReadAsync(TestContext.Current.CancellationToken))
            {
                details.Add(reader.GetString(3));
            }
        }

        return details;
    }

    [GeneratedRegex("\"(\\w+)\" AS \"(\\w+)\"")]
    private static partial Regex Aliases();

    private sealed record Statement(string Text, IReadOnlyList<(string Name, object? Value)> Parameters);

    /// <summary>The commands EF Core executes on one SQLite file, from its diagnostic events (in-process hosts of other
    /// tests write to other files).</summary>
    private sealed class StatementCapture : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly string _dataSource;
        private readonly ConcurrentQueue<Statement> _statements = new();
        private readonly List<IDisposable> _subscriptions = [];

        public StatementCapture(string dataSource)
        {
            _dataSource = dataSource;
            _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
        }

        public IReadOnlyList<Statement> Distinct() => [.. _statements.DistinctBy(s => s.Text)];

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name)
            {
                lock (_subscriptions)
                {
                    _subscriptions.Add(value.Subscribe(this));
                }
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == RelationalEventId.CommandExecuting.Name && value.Value is CommandEventData { Command: DbCommand command }
                && command.Connection is SqliteConnection connection && connection.DataSource == _dataSource)
            {
                _statements.Enqueue(new Statement(command.CommandText,
                    [.. command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.Value))]));
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            lock (_subscriptions)
            {
                _subscriptions.ForEach(s => s.Dispose());
            }
        }
    }
}
