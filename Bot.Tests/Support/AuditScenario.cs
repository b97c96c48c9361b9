using Lianzheng.Core.AuditProjects;
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

    /// <summary>An audit project registered by 王秀兰 (廉政监督员) through the service 登记审计项目 uses in chat: 进点 on
    /// <paramref name="start"/>, 离场 a week later, with its team leader, its responsible 班子成员 and one member.</summary>
    public static async Task<int> RegisterProjectAsync(
        IServiceProvider services, string name, bool major, DateOnly start, string teamLeader, string leader, string member)
    {
        await using var scope = services.CreateAsyncScope();
        var staff = await scope.ServiceProvider.GetRequiredService<LianzhengDbContext>().Staff.AsNoTracking().Include(s => s.Roles)
            .ToDictionaryAsync(s => s.Name);
        var project = await scope.ServiceProvider.GetRequiredService<AuditProjectService>().RegisterAsync(staff["王秀兰"],
            new AuditProjectDraft(name, major, start, start.AddDays(7), staff[teamLeader].Id, staff[leader].Id, [staff[member].Id]), CancellationToken.None);
        return project.Id;
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
