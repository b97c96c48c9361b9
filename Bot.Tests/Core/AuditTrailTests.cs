using System.Globalization;
using Lianzheng.Core.Audit;
using Lianzheng.Core.Filings;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Personnel;
using Lianzheng.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Lianzheng.Tests.Core;

/// <summary>The audit trail's key and its older, unkeyed entries, on the core services over a SQLite file.</summary>
public sealed class AuditTrailTests
{
    private const string Key = "audit-trail-tests-key-0123456789abcdef";

    private static async Task<IHost> StartAsync(string environment, string database, string? key)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = environment });
        builder.Configuration["ConnectionStrings:Lianzheng"] = $"Data Source={database}";
        if (key is not null)
        {
            builder.Configuration["Audit:Key"] = key;
        }

        builder.AddBotCore();
        var host = builder.Build();
        await host.StartAsync();
        await host.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        return host;
    }

    private static string NewDatabase() => Path.Combine(Directory.CreateTempSubdirectory("lianzheng-audit-").FullName, "audit.db");

    [Fact]
    public async Task In_production_the_host_does_not_start_without_a_key_and_says_what_to_do()
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync("Production", NewDatabase(), null));
        Assert.Contains("Audit:Key is required in Production", failure.Message, StringComparison.Ordinal);
        Assert.Contains("openssl rand -base64 32", failure.Message, StringComparison.Ordinal);
    }

    /// <summary>A database from before the chain was keyed: a filing and its entry hashed with unkeyed SHA-256, marked
    /// scheme 1 by the migration. It stays verifiable, keyed entries follow it, its filing is baselined and checked from
    /// then on, and an unkeyed entry after a keyed one is refused.</summary>
    [Fact]
    public async Task Older_unkeyed_entries_stay_verifiable_and_their_records_are_baselined_then_checked()
    {
        var database = NewDatabase();
        using var host = await StartAsync("Test", database, Key);
        int filingId;
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
            var filer = new Staff { EmployeeNo = "L001", Name = "老记录" };
            db.Staff.Add(filer);
            await db.SaveChangesAsync();
            var at = new DateTimeOffset(2026, 3, 1, 2, 0, 0, TimeSpan.Zero);
            var filing = new Filing
            {
                SubmissionKey = "legacy", FilerId = filer.Id, Kind = FilingKind.Funeral, EventDate = new DateOnly(2026, 3, 5),
                Place = "殡仪馆", ExpectedTables = 3, ExpectedGuests = 30, InvitesManagedObjects = false, InvitesSubordinates = false,
                CreatedAt = at, UpdatedAt = at,
            };
            db.Filings.Add(filing);
            await db.SaveChangesAsync();
            filingId = filing.Id;
            var legacy = new AuditEntry
            {
                At = at, ActorId = filer.Id, Action = "filing.filed", EntityType = nameof(Filing), EntityId = filing.Id.ToString(CultureInfo.InvariantCulture),
                Details = "{\"kind\":\"Funeral\"}", PreviousHash = AuditTrail.GenesisHash, Hash = "", Scheme = AuditTrail.LegacyScheme,
            };
            legacy.Hash = AuditTrail.ComputeHash(legacy);
            db.AuditEntries.Add(legacy);
            await db.SaveChangesAsync();
        }

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var verifier = scope.ServiceProvider.GetRequiredService<AuditVerifier>();
            var first = await verifier.VerifyAsync(CancellationToken.None);
            Assert.True(first.IsIntact, first.Problem?.Message);
            Assert.Equal(filingId.ToString(CultureInfo.InvariantCulture), Assert.Single(first.Unstated).EntityId);
            Assert.Equal(1, await verifier.BaselineAsync(first.Unstated, CancellationToken.None));

            var second = await verifier.VerifyAsync(CancellationToken.None);
            Assert.True(second.IsIntact, second.Problem?.Message);
            Assert.Empty(second.Unstated);
            Assert.Equal(1, second.RecordsChecked[nameof(Filing)]);
            Assert.Equal(2, second.Entries);
        }

        await AuditScenario.ExecuteAsync(database, "UPDATE Filings SET Place = '酒店'");
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var edited = await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync(CancellationToken.None);
            Assert.Equal(AuditProblem.RecordChanged, edited.Problem?.Code);
            Assert.Equal(2, edited.Problem!.EntryId);
        }

        await AuditScenario.ExecuteAsync(database, "UPDATE Filings SET Place = '殡仪馆'");
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
            var head = await db.AuditEntries.OrderByDescending(e => e.Id).FirstAsync();
            var downgraded = new AuditEntry
            {
                At = head.At, Action = "filing.amended", EntityType = nameof(Filing), EntityId = filingId.ToString(CultureInfo.InvariantCulture), Details = "{}",
                PreviousHash = head.Hash, Hash = "", Scheme = AuditTrail.LegacyScheme,
            };
            downgraded.Hash = AuditTrail.ComputeHash(downgraded);
            db.AuditEntries.Add(downgraded);
            await db.SaveChangesAsync();

            var result = await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync(CancellationToken.None);
            Assert.Equal(AuditProblem.Downgraded, result.Problem?.Code);
            Assert.Equal(downgraded.Id, result.Problem!.EntryId);
            Assert.Contains("却排在加密钥的记录之后", result.Problem.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_entry_about_a_covered_record_must_carry_its_state()
    {
        using var host = await StartAsync("Test", NewDatabase(), Key);
        await using var scope = host.Services.CreateAsyncScope();
        var trail = scope.ServiceProvider.GetRequiredService<AuditTrail>();
        await Assert.ThrowsAsync<InvalidOperationException>(() => trail.AppendAsync(null, "filing.reviewed", nameof(Filing), "1", new { }, CancellationToken.None));
    }
}
