using System.Globalization;
using System.Net;
using Lianzheng.Core.Persistence;
using Lianzheng.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Lianzheng.Tests.Bot;

/// <summary>The 工作台's authorization matrix in one table: every page and every export, and one record of each kind by
/// its id, as each role, answers what the issue allows that role (200), the page's 404 (not in his scope) or 403 (he may
/// look but not act); and without a session every one of them redirects to the login page.</summary>
public sealed class WorkbenchAuthorizationTests : IAsyncDisposable
{
    private const int Ok = 200, Missing = 404, Refused = 403;

    /// <summary>The pages and exports, and what each role gets: 廉政监督员, 党组书记, 派驻纪检监察组, 班子成员, 审计组长, 审计人员.</summary>
    private static readonly (string Path, int[] Expected)[] Matrix =
    [
        ("/workbench", [Ok, Ok, Ok, Ok, Ok, Ok]),
        ("/workbench/me", [Ok, Ok, Ok, Ok, Ok, Ok]),
        ("/workbench/filings", [Ok, Ok, Ok, Ok, Ok, Ok]),
        ("/workbench/filings.xlsx", [Ok, Ok, Ok, Ok, Ok, Ok]),
        ("/workbench/documents", [Ok, Ok, Ok, Ok, Ok, Ok]),
        ("/workbench/documents.xlsx", [Ok, Ok, Ok, Ok, Ok, Ok]),
        ("/workbench/talks", [Ok, Ok, Ok, Ok, Missing, Missing]),
        ("/workbench/talks.xlsx", [Ok, Ok, Ok, Ok, Missing, Missing]),
        ("/workbench/projects", [Ok, Ok, Ok, Ok, Missing, Missing]),
        ("/workbench/projects.xlsx", [Ok, Ok, Ok, Ok, Missing, Missing]),
        ("/workbench/messages", [Ok, Ok, Ok, Missing, Missing, Missing]),
        ("/workbench/messages/new", [Ok, Refused, Refused, Missing, Missing, Missing]),
        ("/workbench/views", [Ok, Missing, Ok, Missing, Missing, Missing]),
        ("/workbench/audit", [Ok, Ok, Ok, Missing, Missing, Missing]),
        ("/workbench/settings", [Ok, Missing, Missing, Missing, Missing, Missing]),
        ("/workbench/staff", [Ok, Missing, Missing, Missing, Missing, Missing]),
        ("/workbench/holidays", [Ok, Missing, Missing, Missing, Missing, Missing]),
        ("/workbench/reports", [Ok, Ok, Ok, Missing, Missing, Missing]),
        ("/workbench/reports?handler=download&period=2026&format=docx", [Ok, Ok, Ok, Missing, Missing, Missing]),

        // One record of each kind, by its id: 朱浩然's wedding (财政审计股, overseen by 吴海燕), the review notice it sent,
        // a project 吴海燕 is responsible for with 陈晓梅 leading its team and 朱浩然 on it; and an id that is no record.
        ("/workbench/filings/{filing}", [Ok, Ok, Ok, Ok, Missing, Ok]),
        ("/workbench/filings/999999", [Missing, Missing, Missing, Missing, Missing, Missing]),
        ("/workbench/projects/{project}", [Ok, Ok, Ok, Ok, Missing, Missing]),
        ("/workbench/messages/{message}", [Ok, Ok, Ok, Missing, Missing, Missing]),
        ("/workbench/messages/{message}.xlsx", [Ok, Ok, Ok, Missing, Missing, Missing]),
    ];

    private static readonly string[] Roles = ["王秀兰", "周建国", "孙正平", "吴海燕", "陈晓梅", "朱浩然"];

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(8)));
    private readonly BotApp _app;

    public WorkbenchAuthorizationTests() =>
        _app = new BotApp(BotApp.NewDatabasePath(), _clock, new Dictionary<string, string> { ["Bureau:PublicBaseUrl"] = WorkbenchBrowser.PublicBaseUrl });

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Every_page_and_export_answers_each_role_as_the_issue_allows_and_nothing_without_a_session()
    {
        var filing = await AuditScenario.FileWeddingAsync(_app.Services, "authorization-matrix");
        var ids = new Dictionary<string, string>
        {
            ["{filing}"] = filing.Id.ToString(CultureInfo.InvariantCulture),
            ["{project}"] = (await AuditScenario.RegisterProjectAsync(_app.Services, "县本级预算执行审计", false, new DateOnly(2026, 12, 7), "陈晓梅", "吴海燕", "朱浩然"))
                .ToString(CultureInfo.InvariantCulture),
            ["{message}"] = (await FirstMessageAsync()).ToString(CultureInfo.InvariantCulture),
        };
        string Resolved(string path) => ids.Aggregate(path, (p, id) => p.Replace(id.Key, id.Value, StringComparison.Ordinal));
        var failures = new List<string>();
        for (var role = 0; role < Roles.Length; role++)
        {
            var browser = await WorkbenchBrowser.SignedInAsync(_app, await _app.StaffKeyAsync(Roles[role]));
            foreach (var (path, expected) in Matrix)
            {
                var status = (int)(await browser.DownloadAsync(Resolved(path))).Status;
                if (status != expected[role])
                {
                    failures.Add($"{Roles[role]} {path}: {status}, expected {expected[role]}");
                }
            }
        }

        var anonymous = WorkbenchBrowser.Anonymous(_app);
        foreach (var (path, _) in Matrix)
        {
            var (status, location, _) = await anonymous.GetAsync(Resolved(path));
            if (status != HttpStatusCode.Redirect || location?.StartsWith("/workbench/login", StringComparison.Ordinal) != true)
            {
                failures.Add($"no session {path}: {(int)status} {location}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>The first message the bot sent (the wedding's review notice to 吴海燕).</summary>
    private async Task<long> FirstMessageAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<LianzhengDbContext>().OutboxMessages.OrderBy(m => m.Id).Select(m => m.Id).FirstAsync();
    }

}
