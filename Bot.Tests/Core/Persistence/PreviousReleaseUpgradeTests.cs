using Lianzheng.Core.Filings;
using Lianzheng.Core.Persistence;
using Lianzheng.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lianzheng.Tests.Core.Persistence;

/// <summary>A database written by the previous release (see PreviousRelease/README.md) upgrades in place when today's host
/// starts on it: every migration applied, the filings, the talk and the audit project kept with their values, the audit
/// trail still verified intact, and the filer still finds his filing in chat.</summary>
public sealed class PreviousReleaseUpgradeTests
{
    private static readonly string[] Files = ["lianzheng.db", "lianzheng.db.audit-key", "lianzheng.db.audit-anchor"];

    private readonly string _database = BotApp.NewDatabasePath();

    public PreviousReleaseUpgradeTests()
    {
        var source = Path.Combine(AppContext.BaseDirectory, "PreviousRelease");
        foreach (var file in Files)
        {
            File.Copy(Path.Combine(source, file), Path.Combine(Path.GetDirectoryName(_database)!, file));
        }
    }

    [Fact]
    public async Task The_host_migrates_it_in_place_and_keeps_its_records()
    {
        await using (var app = new BotApp(_database))
        {
            var chat = new LocalChatClient(app.CreateClient(), "13");
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.Contains("20261202043430_FaultTolerance", await db.Database.GetAppliedMigrationsAsync());

            var filings = await db.Filings.AsNoTracking().Include(f => f.Filer).OrderBy(f => f.Id).ToListAsync();
            Assert.Equal([FilingKind.Wedding, FilingKind.Funeral, FilingKind.TravelAbroad], filings.Select(f => f.Kind));
            Assert.Equal(["朱浩然", "沈佳怡", "许梓萌"], filings.Select(f => f.Filer!.Name));
            var wedding = filings[0];
            Assert.Equal((EventSubject.Child, new DateOnly(2027, 1, 16), "县城锦江大酒店", 10, 100),
                (wedding.Subject, wedding.EventDate, wedding.Place, wedding.ExpectedTables, wedding.ExpectedGuests));
            Assert.Equal((new DateOnly(2027, 2, 17), new DateOnly(2027, 2, 17)), (filings[2].EventDate, filings[2].EndDate));
            Assert.All(filings, f => Assert.Equal(FilingStatus.Filed, f.Status));

            var talk = Assert.Single(await db.IntegrityTalks.AsNoTracking().ToListAsync());
            Assert.Equal("强调廉洁从审，按期完成项目", talk.Summary);
            var project = Assert.Single(await db.AuditProjects.AsNoTracking().ToListAsync());
            Assert.Equal(("县交通局2026年预算执行审计", new DateOnly(2026, 12, 14)), (project.Name, project.StartDate));

            await chat.SaysAsync("我的备案");
            chat.Hears("#1");
            chat.Hears("婚嫁");

            // A filing of the previous release lacks what the rules now ask (同城合办, cars): amending it asks for those
            // before it goes in, and then it goes in.
            await chat.SaysAsync("1");
            chat.Hears("该事项尚未发生，可以修改或撤回");
            await chat.ClicksAsync("修改备案");
            chat.Hears("备案 #1 当前内容如下");
            await chat.SaysAsync("地点");
            await chat.SaysAsync("县城国际大酒店");
            await chat.SaysAsync("提交修改");
            chat.Hears("提交前还需补充");
            chat.Hears("同城合办");
            await chat.SaysAsync("否");
            await chat.SaysAsync("提交修改");
            chat.Hears("计划使用多少辆车");
            await chat.SaysAsync("2");
            chat.Hears("公车");
            await chat.SaysAsync("否");
            await chat.SaysAsync("提交修改");
            chat.Hears("已重新送审（待审核）");
            var amended = await db.Filings.AsNoTracking().SingleAsync(f => f.Id == 1);
            Assert.Equal(("县城国际大酒店", false, 2, FilingStatus.Pending), (amended.Place, amended.HeldJointly!.Value, amended.Cars!.Value, amended.Status));
        }

        var key = (await File.ReadAllTextAsync(_database + ".audit-key")).Trim();
        var (exit, output, errors) = await BotVerb.RunAsync(_database, ["audit-verify"], [$"--Audit:Key={key}"], "Production");
        Assert.True(exit == 0, output + errors);
        Assert.Contains("审计日志完好", output, StringComparison.Ordinal);
    }
}
