using Lianzheng.Core.Audit;
using Lianzheng.Core.AuditProjects;
using Lianzheng.Core.Filings;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Personnel;
using Lianzheng.Core.Talks;
using Lianzheng.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lianzheng.Tests.Bot;

/// <summary>`dotnet run --project Bot -- audit-verify`, run through the bot's verb entry point (in Production, with the
/// key given as Audit:Key, as an operator runs it), against a database the real host wrote — a filing, a talk and an audit
/// project, each through its service — and then tampered with as someone who can write the database but does not hold
/// the key would: exit 0 intact, 1 broken with the first problem, which entry or which record and what is wrong.</summary>
public sealed class AuditVerifyCommandTests
{
    private readonly string _database = BotApp.NewDatabasePath();

    private string KeyFile => _database + ".audit-key";

    private string AnchorFile => _database + ".audit-anchor";

    private Task<(int Exit, string Output, string Errors)> VerifyAsync(
        string? key = null, string environment = "Production", string? option = null) =>
        BotVerb.RunAsync(_database, option is null ? ["audit-verify"] : ["audit-verify", option], key is null ? [] : [$"--Audit:Key={key}"], environment);

    /// <summary>The key the Development host generated beside the database, as a deployer would copy it into Audit:Key.</summary>
    private string Key => File.ReadAllText(KeyFile).Trim();

    /// <summary>The real host in Development writes the trail: the demo bureau's import (#1), the demo passport put in custody (#2),
    /// a wedding filing by 朱浩然 (#3), a talk of 吴海燕 with 陈晓梅 (#4) and a major project registered by 陈晓梅 (#5).</summary>
    private async Task<(int FilingId, long TalkId, int ProjectId)> SeedAsync()
    {
        await using var app = new BotApp(_database);
        _ = app.CreateClient();
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<LianzhengDbContext>();
        var staff = await db.Staff.AsNoTracking().Include(s => s.Roles).ToDictionaryAsync(s => s.Name);
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        var filing = await AuditScenario.FileWeddingAsync(app.Services, "audit-verify-test");
        var talk = await services.GetRequiredService<TalkService>().RecordAsync(
            staff["吴海燕"], [staff["陈晓梅"].Id], TalkForm.Individual, today, "年度廉政谈话", null, CancellationToken.None);
        var project = await services.GetRequiredService<AuditProjectService>().RegisterAsync(staff["陈晓梅"], new AuditProjectDraft(
            "县财政局预算执行审计", true, today.AddDays(10), today.AddDays(30), staff["陈晓梅"].Id, staff["吴海燕"].Id, [staff["朱浩然"].Id]), CancellationToken.None);
        return (filing.Id, talk.Id, project.Id);
    }

    private Task<int> ExecuteAsync(string sql) => AuditScenario.ExecuteAsync(_database, sql);

    private LianzhengDbContext Database() =>
        TestDatabase.Open(_database, pooling: false);

    [Fact]
    public async Task An_intact_trail_exits_0_checks_every_record_and_anchors_its_head_in_a_private_file()
    {
        await SeedAsync();
        var (exit, output, errors) = await VerifyAsync(Key);
        Assert.True(exit == 0, output + errors);
        Assert.Contains("审计日志完好", output, StringComparison.Ordinal);
        Assert.Contains("共 5 条审计记录，最后一条 #5", output, StringComparison.Ordinal);
        Assert.Contains("备案 1、廉政谈话 1、审计项目 1", output, StringComparison.Ordinal);
        Assert.Contains(AnchorFile, output, StringComparison.Ordinal);

        var anchors = File.ReadAllLines(AnchorFile).Where(l => !l.StartsWith('#')).ToList();
        Assert.StartsWith("5\t", anchors[^1].Split('\t', 2)[1], StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(AnchorFile));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(KeyFile));
        }

        await using var db = Database();
        Assert.All(await db.AuditEntries.ToListAsync(), e => Assert.Equal(AuditTrail.KeyedScheme, e.Scheme));
    }

    [Fact]
    public async Task In_development_the_key_is_read_from_the_file_beside_the_database_and_in_production_it_is_required()
    {
        await SeedAsync();
        var (exit, output, errors) = await VerifyAsync(key: null, environment: "Development");
        Assert.True(exit == 0, output + errors);

        (exit, _, errors) = await VerifyAsync(key: null);
        Assert.Equal(2, exit);
        Assert.Contains("Audit:Key is required in Production", errors, StringComparison.Ordinal);
        (exit, _, errors) = await VerifyAsync(key: "too-short");
        Assert.Equal(2, exit);
        Assert.Contains("Audit:Key is too short", errors, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("UPDATE Filings SET ExpectedGuests = 800", "备案 #1 与第 3 条审计记录所记的内容不符：expectedGuests 审计记录为 80，数据库中为 800")]
    [InlineData("UPDATE Filings SET Status = 2, WithdrawalReason = '不办了'", "备案 #1 与第 3 条审计记录所记的内容不符：status 审计记录为 Pending，数据库中为 Withdrawn")]
    [InlineData("UPDATE IntegrityTalks SET HeldOn = '2026-01-05'", "廉政谈话 #1 与第 4 条审计记录所记的内容不符：heldOn")]
    [InlineData("DELETE FROM TalkParticipants", "廉政谈话 #1 与第 4 条审计记录所记的内容不符：participants")]
    [InlineData("UPDATE AuditProjects SET IsMajor = 0", "审计项目 #1 与第 5 条审计记录所记的内容不符：major 审计记录为 true，数据库中为 false")]
    public async Task An_edited_record_is_found_with_the_entry_that_recorded_it_and_the_field_that_differs(string tampering, string expected)
    {
        await SeedAsync();
        await ExecuteAsync(tampering);
        var (exit, output, errors) = await VerifyAsync(Key);
        Assert.True(exit == 1, output + errors);
        Assert.Contains("audit trail broken [record-changed]", output, StringComparison.Ordinal);
        Assert.Contains(expected, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deleted_filing_is_found()
    {
        var (filingId, _, _) = await SeedAsync();
        await ExecuteAsync($"DELETE FROM Filings WHERE Id = {filingId}");
        var (exit, output, _) = await VerifyAsync(Key);
        Assert.Equal(1, exit);
        Assert.Contains("audit trail broken [record-deleted]", output, StringComparison.Ordinal);
        Assert.Contains("备案 #1 已从数据库中删除（第 3 条审计记录记录了它）", output, StringComparison.Ordinal);
        Assert.Contains("审计记录 entry: #3", output, StringComparison.Ordinal);
        Assert.Contains("涉及记录 record: 备案 #1 (Filing 1)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_record_slipped_into_the_database_without_an_entry_is_found()
    {
        var (_, talkId, _) = await SeedAsync();
        await using (var db = Database())
        {
            var talk = await db.IntegrityTalks.AsNoTracking().Include(t => t.Participants).SingleAsync(t => t.Id == talkId);
            db.IntegrityTalks.Add(new IntegrityTalk
            {
                LeaderId = talk.LeaderId, Form = talk.Form, HeldOn = talk.HeldOn, Summary = "补记的谈话", RecordedAt = talk.RecordedAt,
                Participants = [new TalkParticipant { StaffId = talk.Participants[0].StaffId }],
            });
            await db.SaveChangesAsync();
        }

        var (exit, output, _) = await VerifyAsync(Key);
        Assert.Equal(1, exit);
        Assert.Contains("audit trail broken [record-unrecorded]", output, StringComparison.Ordinal);
        Assert.Contains("廉政谈话 #2 没有任何审计记录", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deleting_the_newest_entries_is_found_by_the_anchor()
    {
        await SeedAsync();
        Assert.Equal(0, (await VerifyAsync(Key)).Exit);
        await ExecuteAsync("DELETE FROM AuditEntries WHERE Id >= 4");
        var (exit, output, _) = await VerifyAsync(Key);
        Assert.Equal(1, exit);
        Assert.Contains("audit trail broken [truncated]", output, StringComparison.Ordinal);
        Assert.Contains("审计日志最新的记录被删除了", output, StringComparison.Ordinal);
        Assert.Contains("的锚点记到第 5 条，数据库中最后一条是第 3 条", output, StringComparison.Ordinal);
    }

    /// <summary>A database restored from a backup older than the anchor looks truncated, as it is; the operator starts a new
    /// anchor explicitly, and the old file is kept.</summary>
    [Fact]
    public async Task After_restoring_an_older_backup_the_operator_starts_a_new_anchor_and_the_old_one_is_kept()
    {
        await SeedAsync();
        var backup = Path.Combine(Path.GetDirectoryName(_database)!, "backup.db");
        await ExecuteAsync($"VACUUM INTO '{backup}'");
        await using (var app = new BotApp(_database))
        {
            _ = app.CreateClient();
            await AuditScenario.FileWeddingAsync(app.Services, "after-the-backup");
        }

        Assert.Equal(0, (await VerifyAsync(Key)).Exit);
        SqliteConnection.ClearAllPools();
        File.Copy(backup, _database, overwrite: true);
        File.Delete(_database + "-wal");
        File.Delete(_database + "-shm");

        var (exit, output, _) = await VerifyAsync(Key);
        Assert.Equal(1, exit);
        Assert.Contains("audit trail broken [truncated]", output, StringComparison.Ordinal);
        (exit, output, _) = await VerifyAsync(Key, option: "--new-anchor");
        Assert.Equal(0, exit);
        Assert.Contains("已重新开始锚点", output, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(_database)!), f => f.StartsWith(AnchorFile + ".", StringComparison.Ordinal));
        Assert.Equal(0, (await VerifyAsync(Key)).Exit);
    }

    [Fact]
    public async Task A_removed_anchor_file_is_found_once_the_trail_has_keyed_entries()
    {
        await SeedAsync();
        File.Delete(AnchorFile);
        var (exit, output, _) = await VerifyAsync(Key);
        Assert.Equal(1, exit);
        Assert.Contains("audit trail broken [anchor-missing]", output, StringComparison.Ordinal);
        Assert.Contains($"锚点文件 {AnchorFile} 不存在", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_key_fails_at_the_first_keyed_entry()
    {
        await SeedAsync();
        var (exit, output, _) = await VerifyAsync("another-key-of-the-right-length-0123456789");
        Assert.Equal(1, exit);
        Assert.Contains("audit trail broken [entry-hash]", output, StringComparison.Ordinal);
        Assert.Contains("第 1 条审计记录的校验值不符", output, StringComparison.Ordinal);
        Assert.Contains("Audit:Key", output, StringComparison.Ordinal);
    }

    /// <summary>Someone without the key edits a filing, makes its entry say the same and recomputes the whole chain with the
    /// unkeyed SHA-256 the trail used to have: as keyed entries the hashes fail, and passed off as old unkeyed entries
    /// the rewritten chain no longer reaches the anchored head.</summary>
    [Theory]
    [InlineData(false, "[entry-hash]", "第 1 条审计记录的校验值不符")]
    [InlineData(true, "[anchor-hash]", "第 2 条审计记录与")]
    public async Task A_chain_rewritten_with_recomputed_unkeyed_hashes_is_found(bool passedOffAsLegacy, string code, string expected)
    {
        var (filingId, _, _) = await SeedAsync();
        await ExecuteAsync($"UPDATE Filings SET ExpectedGuests = 800 WHERE Id = {filingId}");
        await using (var db = Database())
        {
            var entries = await db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).ToListAsync();
            var previous = AuditTrail.GenesisHash;
            await using var connection = new SqliteConnection($"Data Source={_database};Pooling=False");
            await connection.OpenAsync();
            foreach (var entry in entries)
            {
                if (entry.Action == "filing.filed")
                {
                    entry.Details = entry.Details.Replace("\"expectedGuests\":80", "\"expectedGuests\":800", StringComparison.Ordinal);
                    entry.State = entry.State!.Replace("\"expectedGuests\":80", "\"expectedGuests\":800", StringComparison.Ordinal);
                }

                if (passedOffAsLegacy)
                {
                    entry.Scheme = AuditTrail.LegacyScheme;
                    entry.State = null;
                }

                entry.PreviousHash = previous;
                entry.Hash = AuditTrail.ComputeHash(entry);
                previous = entry.Hash;
                await using var command = connection.CreateCommand();
                command.CommandText = "UPDATE AuditEntries SET Details = $details, State = $state, Scheme = $scheme, PreviousHash = $previous, Hash = $hash WHERE Id = $id";
                command.Parameters.AddWithValue("$details", entry.Details);
                command.Parameters.AddWithValue("$state", (object?)entry.State ?? DBNull.Value);
                command.Parameters.AddWithValue("$scheme", entry.Scheme);
                command.Parameters.AddWithValue("$previous", entry.PreviousHash);
                command.Parameters.AddWithValue("$hash", entry.Hash);
                command.Parameters.AddWithValue("$id", entry.Id);
                await command.ExecuteNonQueryAsync();
            }
        }

        var (exit, output, _) = await VerifyAsync(Key);
        Assert.Equal(1, exit);
        Assert.Contains($"audit trail broken {code}", output, StringComparison.Ordinal);
        Assert.Contains(expected, output, StringComparison.Ordinal);
    }

    /// <summary>A filing edited in the database and then withdrawn through the bot: the withdrawal records the edited state,
    /// so the filing matches its latest entry again — but the bot saw that what it read was not what the trail last
    /// recorded, and said so in the chain, which stays a finding.</summary>
    [Fact]
    public async Task A_record_edited_outside_the_bot_stays_found_after_the_bot_changes_it_again()
    {
        var (filingId, _, _) = await SeedAsync();
        await ExecuteAsync($"UPDATE Filings SET ExpectedGuests = 800 WHERE Id = {filingId}");
        await using (var app = new BotApp(_database))
        {
            _ = app.CreateClient();
            await using var scope = app.Services.CreateAsyncScope();
            var zhu = await scope.ServiceProvider.GetRequiredService<LianzhengDbContext>().Staff.AsNoTracking().SingleAsync(s => s.Name == "朱浩然");
            Assert.Equal(FilingChangeOutcome.Done,
                await scope.ServiceProvider.GetRequiredService<FilingService>().WithdrawAsync(zhu, filingId, "改期", CancellationToken.None));
        }

        var (exit, output, _) = await VerifyAsync(Key);
        Assert.Equal(1, exit);
        Assert.Contains("audit trail broken [outside-change]", output, StringComparison.Ordinal);
        Assert.Contains("备案 #1 曾在机器人之外被改动，机器人改动它时读到的内容与第 3 条所记的不同（expectedGuests 审计记录为 80，数据库中为 800）", output, StringComparison.Ordinal);
        await using (var db = Database())
        {
            var last = await db.AuditEntries.OrderByDescending(e => e.Id).FirstAsync();
            Assert.Equal("filing.withdrawn", last.Action);
        }

        // The finding stays, and the head is still anchored behind it: deleting the newest entry is found before it.
        await ExecuteAsync("DELETE FROM AuditEntries WHERE Id = (SELECT MAX(Id) FROM AuditEntries)");
        (exit, output, _) = await VerifyAsync(Key);
        Assert.Equal(1, exit);
        Assert.Contains("audit trail broken [truncated]", output, StringComparison.Ordinal);
        Assert.Contains("[outside-change]", output, StringComparison.Ordinal);
    }
}
