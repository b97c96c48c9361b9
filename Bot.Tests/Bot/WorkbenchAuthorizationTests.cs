using System.Net;
using Lianzheng.Core.Persistence;
using Lianzheng.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Lianzheng.Tests.Bot;

/// <summary>The 工作台's authorization matrix in one table: every page and every export, as each role, answers what the
/// issue allows that role (200), the page's 404 (not in his scope) or 403 (he may look but not act); and without a
/// session every one of them redirects to the login page.</summary>
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
        await AuditScenario.FileWeddingAsync(_app.Services, "authorization-matrix");
        var failures = new List<string>();
        for (var role = 0; role < Roles.Length; role++)
        {
            var browser = await WorkbenchBrowser.SignedInAsync(_app, await _app.StaffKeyAsync(Roles[role]));
            foreach (var (path, expected) in Matrix)
            {
                var status = (int)(await browser.DownloadAsync(path)).Status;
                if (status != expected[role])
                {
                    failures.Add($"{Roles[role]} {path}: {status}, expected {expected[role]}");
                }
            }
        }

        var anonymous = WorkbenchBrowser.Anonymous(_app);
        foreach (var (path, _) in Matrix)
        {
            var (status, location, _) = await anonymous.GetAsync(path);
            if (status != HttpStatusCode.Redirect || location?.StartsWith("/workbench/login", StringComparison.Ordinal) != true)
            {
                failures.Add($"no session {path}: {(int)status} {location}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

}
