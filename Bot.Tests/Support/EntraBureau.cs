using System.Security.Cryptography;
using Lianzheng.Core.Messaging;
using Lianzheng.Core.Persistence;
using Lianzheng.Fakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace Lianzheng.Tests.Support;

/// <summary>The demo bureau with Teams configured and Entra ID on 127.0.0.1: the fake Bot Framework, a fake Entra ID of the
/// same tenant whose tokens are signed with a key made here, and the real host at https://lianzheng.example.gov.cn, where
/// 朱浩然 (A013) is linked to his Teams account of AAD object id <see cref="ZhuObjectId"/>.</summary>
public sealed class EntraBureau : IAsyncDisposable
{
    public const string PublicBaseUrl = WorkbenchBrowser.PublicBaseUrl;
    public const string ZhuObjectId = "6F2C1A0E-8D3B-4C5A-9E7F-112233445566";

    private EntraBureau(RsaSecurityKey key, FakeBotFramework teams, FakeEntra entra, BotApp app)
    {
        Key = key;
        Teams = teams;
        Entra = entra;
        App = app;
    }

    public RsaSecurityKey Key { get; }

    public FakeBotFramework Teams { get; }

    public FakeEntra Entra { get; }

    public BotApp App { get; }

    /// <summary><paramref name="settings"/> are added to the bot's (or override them, Bureau:PublicBaseUrl too);
    /// <paramref name="serve"/> may have the host listen on a port (before it starts).</summary>
    public static async Task<EntraBureau> StartAsync(IReadOnlyDictionary<string, string>? settings = null, Action<BotApp>? serve = null)
    {
        var key = new RsaSecurityKey(RSA.Create(2048)) { KeyId = "workbench-test-key" };
        var teams = await FakeBotFramework.StartAsync();
        var entra = await FakeEntra.StartAsync(FakeBotFramework.Tenant, key);
        var all = teams.BotSettings();
        all["Bureau:PublicBaseUrl"] = PublicBaseUrl;
        foreach (var (name, value) in entra.BotSettings().Concat(settings ?? new Dictionary<string, string>()))
        {
            all[name] = value;
        }

        var app = new BotApp(BotApp.NewDatabasePath(), settings: all);
        serve?.Invoke(app);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LianzhengDbContext>();
        var zhu = await db.Staff.SingleAsync(s => s.EmployeeNo == "A013");
        db.TeamsConversations.Add(new TeamsConversation
        {
            TeamsUserId = "29:zhu", AadObjectId = ZhuObjectId.ToLowerInvariant(), TenantId = FakeBotFramework.Tenant, ServiceUrl = teams.ServiceUrl,
            BotId = "28:" + FakeBotFramework.AppId, StaffId = zhu.Id, UpdatedAt = DateTimeOffset.UnixEpoch,
        });
        db.ChannelIdentities.Add(new ChannelIdentity { StaffId = zhu.Id, Channel = Channels.Teams, ChannelUserId = "29:zhu" });
        await db.SaveChangesAsync();
        return new EntraBureau(key, teams, entra, app);
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Entra.DisposeAsync();
        await Teams.DisposeAsync();
        Key.Rsa.Dispose();
    }
}
