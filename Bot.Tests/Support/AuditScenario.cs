using Lianzheng.Core.Filings;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Personnel;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lianzheng.Tests.Support;

/// <summary>Writes to the audit trail through the real services of a running host.</summary>
public static class AuditScenario
{
    /// <summary>A wedding of 朱浩然 (or another of the demo bureau) thirty days after today on the host's clock, 8 tables and 80 guests.</summary>
    public static async Task<Filing> FileWeddingAsync(IServiceProvider services, string submissionKey, string filer = "朱浩然")
    {
        await using var scope = services.CreateAsyncScope();
        var zhu = await scope.ServiceProvider.GetRequiredService<LianzhengDbContext>().Staff.AsNoTracking().Include(s => s.Roles)
            .SingleAsync(s => s.Name == filer);
        var today = DateOnly.FromDateTime(scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        return await scope.ServiceProvider.GetRequiredService<FilingService>().FileAsync(zhu, new FilingDraft
        {
            Kind = FilingKind.Wedding,
            EventDate = today.AddDays(30),
            Place = "县城国际大酒店",
            ExpectedTables = 8,
            ExpectedGuests = 80,
            HeldJointly = false,
            Cars = 0,
            InvitesManagedObjects = false,
            InvitesSubordinates = false,
        }, submissionKey, CancellationToken.None);
    }

    public static async Task<int> ExecuteAsync(string database, string sql)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync();
    }
}
