using Lianzheng.Core.AuditProjects;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Personnel;
using Lianzheng.Core.Talks;
using Lianzheng.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lianzheng.Tests.Core;

/// <summary>Domain writes a replayed turn could repeat are made once per inbound message (its source key).</summary>
public sealed class SourceKeyTests : IAsyncLifetime
{
    private DialogHarness _bot = null!;

    public async ValueTask InitializeAsync() => _bot = await DialogHarness.StartAsync();

    public ValueTask DisposeAsync() => _bot.DisposeAsync();

    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = _bot.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    private Task<Staff> StaffAsync(string name) =>
        _bot.QueryAsync(db => db.Staff.Include(s => s.Roles).SingleAsync(s => s.Name == name));

    [Fact]
    public async Task A_talk_recorded_twice_from_the_same_inbound_message_is_stored_and_audited_once()
    {
        var wu = await StaffAsync("吴海燕");
        var chen = await StaffAsync("陈晓梅");
        var talks = new List<long>();
        for (var i = 0; i < 2; i++)
        {
            talks.Add((await InScopeAsync(s => s.GetRequiredService<TalkService>().RecordAsync(
                wu, [chen.Id], TalkForm.Individual, new DateOnly(2026, 11, 30), "谈心谈话", null, CancellationToken.None, "inbound:42"))).Id);
        }

        Assert.Equal(talks[0], talks[1]);
        Assert.Equal(1, await _bot.QueryAsync(db => db.IntegrityTalks.CountAsync()));
        Assert.Equal(1, await _bot.QueryAsync(db => db.AuditEntries.CountAsync(e => e.Action == "talk.recorded")));

        await InScopeAsync(s => s.GetRequiredService<TalkService>().RecordAsync(
            wu, [chen.Id], TalkForm.Individual, new DateOnly(2026, 11, 30), "谈心谈话", null, CancellationToken.None, "inbound:43"));
        Assert.Equal(2, await _bot.QueryAsync(db => db.IntegrityTalks.CountAsync()));
    }

    [Fact]
    public async Task A_project_registered_twice_from_the_same_inbound_message_is_stored_once_and_its_team_reminded_once()
    {
        var chen = await StaffAsync("陈晓梅");
        var zhu = await StaffAsync("朱浩然");
        var wu = await StaffAsync("吴海燕");
        var draft = new AuditProjectDraft("县本级预算执行审计", false, new DateOnly(2026, 12, 10), new DateOnly(2026, 12, 24), chen.Id, wu.Id, [zhu.Id]);
        var ids = new List<int>();
        for (var i = 0; i < 2; i++)
        {
            ids.Add((await InScopeAsync(s => s.GetRequiredService<AuditProjectService>().RegisterAsync(chen, draft, CancellationToken.None, "inbound:7"))).Id);
        }

        Assert.Equal(ids[0], ids[1]);
        Assert.Equal(1, await _bot.QueryAsync(db => db.AuditProjects.CountAsync()));
        Assert.Equal(1, await _bot.QueryAsync(db => db.AuditEntries.CountAsync(e => e.Action == "project.registered")));
    }
}
