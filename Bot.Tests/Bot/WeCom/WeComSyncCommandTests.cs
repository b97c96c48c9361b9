using Lianzheng.Bot.Cli;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Persistence;
using Lianzheng.Core.Personnel;
using Lianzheng.Fakes;
using Lianzheng.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lianzheng.Tests.Bot.WeCom;

public sealed class WeComSyncCommandTests
{
    [Fact]
    public async Task Members_are_linked_by_userid_or_name_and_department_and_ambiguous_ones_are_left_alone()
    {
        await using var fake = await FakeWeCom.StartAsync();
        var database = BotApp.NewDatabasePath();
        await using (var app = new BotApp(database))
        {
            _ = app.CreateClient(); // migrates and seeds the demo bureau
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
            // A second 朱浩然 in the same section makes that name ambiguous.
            var zhu = await db.Staff.SingleAsync(s => s.EmployeeNo == "A013");
            db.Staff.Add(new Staff { EmployeeNo = "A099", Name = zhu.Name, SectionId = zhu.SectionId, IsActive = true });
            await db.SaveChangesAsync();
        }

        // Demo bureau: 吴海燕 (A002) in 办公室, 朱浩然 (A013) in 财政审计股.
        fake.Departments.AddRange([(2, "办公室", 1), (3, "财政审计股", 1)]);
        fake.Members.AddRange([
            ("a002", "随便什么名字", [1]),      // userid = 工号
            ("zhuhaoran", "朱浩然", [3]),       // same name twice in that section: ambiguous
            ("wuhaiyan-2", "吴海燕", [1]),      // right name, wrong department: unmatched
            ("nobody", "查无此人", [2]),
        ]);

        var settings = fake.BotSettings().Select(s => $"--{s.Key}={s.Value}").ToArray();
        var output = new StringWriter();
        var console = Console.Out;
        Console.SetOut(output);
        int exit;
        try
        {
            // The links are written to the audit trail, whose key Production requires.
            exit = await CliVerbs.RunAsync(["wecom-sync", "--", $"--ConnectionStrings:Lianzheng=Data Source={database}",
                "--Audit:Key=wecom-sync-test-key-0123456789abcdef", .. settings]);
        }
        finally
        {
            Console.SetOut(console);
        }

        Assert.Equal(0, exit);
        var text = output.ToString();
        Assert.Contains("新关联 1 人", text, StringComparison.Ordinal);
        Assert.Contains("有歧义 1 人", text, StringComparison.Ordinal);
        Assert.Contains("未匹配 2 人", text, StringComparison.Ordinal);
        Assert.Contains("A013、A099", text, StringComparison.Ordinal);

        await using var check = new BotApp(database);
        _ = check.CreateClient();
        await using var checkScope = check.Services.CreateAsyncScope();
        var identities = await checkScope.ServiceProvider.GetRequiredService<LianzhengDbContext>().ChannelIdentities
            .Where(c => c.Channel == Channels.WeCom)
            .Join(checkScope.ServiceProvider.GetRequiredService<LianzhengDbContext>().Staff, c => c.StaffId, s => s.Id, (c, s) => new { c.ChannelUserId, s.EmployeeNo })
            .ToListAsync();
        var only = Assert.Single(identities);
        Assert.Equal(("a002", "A002"), (only.ChannelUserId, only.EmployeeNo));
    }
}
