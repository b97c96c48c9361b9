using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Lianzheng.Bench;

/// <summary>Years of a bureau's use written straight into a migrated SQLite file before the bot starts: inbound messages
/// answered in the last month, the deliveries of broadcasts to everybody, filings of the staff. What a turn's queries must not slow down on.
/// Written with SQL generating the rows in SQLite itself (a million rows in seconds); instants as UTC ticks, as the bot
/// stores them.</summary>
public static class HistoryFiller
{
    public const int InboundMessages = 1_000_000;
    public const int Deliveries = 100_000;
    public const int Filings = 10_000;

    public static string Description => $"{InboundMessages:N0} inbound messages, about {Deliveries:N0} deliveries, {Filings:N0} filings";

    public static async Task FillAsync(string database)
    {
        var started = Stopwatch.GetTimestamp();
        Console.WriteLine($"history: writing {Description} ...");
        await using var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync();
        // The inbound messages within the last 29 days (older ones the bot deletes: Inbound:RetentionDays, 30), one every
        // 2.5 s; the deliveries and filings over the years before.
        var monthAgo = TimeProvider.System.GetUtcNow().AddDays(-29).UtcTicks;
        var yearAgo = TimeProvider.System.GetUtcNow().AddYears(-1).UtcTicks;
        var staff = await ScalarAsync(connection, "SELECT COUNT(*) FROM Staff");
        await ExecuteAsync(connection, $"""
            BEGIN;
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {InboundMessages})
            INSERT INTO InboundWork (Channel, DedupKey, OrderKey, Payload, ReceivedAt, ProcessedAt, Attempts, RepliedAt, Replies, RepliesSent, ReplyAttempts)
            SELECT 'msteams', 'a:history-' || (i % 400) || '|history-' || i, 'msteams:a:history-' || (i % 400), '', {monthAgo} + i * 25000000,
                   {monthAgo} + i * 25000000 + 50000, 1, {monthAgo} + i * 25000000 + 90000, '[]', 1, 0 FROM n;
            WITH RECURSIVE m(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM m WHERE i < ({Deliveries} + {staff} - 1) / {staff})
            INSERT INTO OutboxMessages (Kind, SourceKey, Title, Body, FactsJson, ButtonsJson, CreatedAt)
            SELECT 'integrity', 'history-' || i, '廉政提醒', '节日期间请严守廉洁纪律。', '[]', '[]', {yearAgo} + i * 1000000000000 FROM m;
            INSERT INTO Deliveries (MessageId, RecipientId, Channel, Status, Attempts, SentAt, Resends)
            SELECT m.Id, s.Id, 'msteams', 2, 1, m.CreatedAt + 10000000, 0 FROM OutboxMessages m CROSS JOIN Staff s WHERE m.SourceKey LIKE 'history-%';
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {Filings})
            INSERT INTO Filings (SubmissionKey, FilerId, Kind, Subject, EventDate, Place, ExpectedTables, ExpectedGuests, Status, CreatedAt, UpdatedAt, Version,
                                 IsLate, OverScale)
            SELECT 'history-' || i, 1 + (i % {staff}), 1, 2, date('now', '-' || (i % 3650) || ' days'), '县城锦江大酒店', 10, 100, 3,
                   {yearAgo} + i * 3000000000, {yearAgo} + i * 3000000000, 1, 0, 0 FROM n;
            COMMIT;
            """);
        Console.WriteLine($"history: written in {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} s");
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 600;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
