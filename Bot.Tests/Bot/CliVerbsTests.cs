using Lianzheng.Bot.Cli;
using Lianzheng.Core.Messaging;

namespace Lianzheng.Tests.Bot;

/// <summary>The operator verbs' command line (the bot's help as its own executable run as a process prints it; the rest
/// through the same entry point in the test process): `--help` of each verb in Chinese and English (exit 0), and bad
/// arguments — an unknown option, a missing option or value, an unknown verb — refused with exit 2, a message in both
/// languages and the verb's usage, before the database is touched.</summary>
public sealed class CliVerbsTests
{
    private readonly string _database = Support.BotApp.NewDatabasePath();

    private Task<(int Exit, string Output, string Errors)> RunAsync(params string[] args) => Support.BotVerb.RunAsync(_database, args);

    [Theory]
    [InlineData("import-staff", "<file.csv|file.xlsx>", "导入/更新人员名录", "Imports or updates the staff directory")]
    [InlineData("teams-package", "--app-id <guid>", "生成 Teams 应用包", "Writes the Teams app package")]
    [InlineData("wecom-sync", "-h, --help", "按企业微信通讯录关联人员", "Links the WeCom members")]
    [InlineData("holidays", "--year <yyyy>", "列出某年的节假日节点", "Prints a year's holidays")]
    [InlineData("link-teams", "--teams-user-id <29:…>", "把 Teams 账号关联到名录中的人员", "Links a Teams account")]
    [InlineData("audit-verify", "--new-anchor", "核验审计日志", "Verifies the audit trail")]
    public async Task The_help_of_a_verb_is_in_chinese_and_english_and_exits_0(string verb, string option, string chinese, string english)
    {
        foreach (var args in new[] { new[] { verb, "--help" }, [verb, "-h"], ["help", verb] })
        {
            var (exit, output, errors) = await RunAsync(args);
            Assert.True(exit == 0, errors);
            Assert.Contains(chinese, output, StringComparison.Ordinal);
            Assert.Contains(english, output, StringComparison.Ordinal);
            Assert.Contains($"用法 Usage: dotnet run --project Bot -- {verb}", output, StringComparison.Ordinal);
            Assert.Contains("选项 Options:", output, StringComparison.Ordinal);
            Assert.Contains(option, output, StringComparison.Ordinal);
            Assert.Contains("显示此帮助 · show this help", output, StringComparison.Ordinal);
        }

        Assert.False(File.Exists(_database)); // help needs no database
    }

    [Fact]
    public async Task The_bots_help_lists_every_verb_and_says_how_to_get_the_help_of_one()
    {
        var (exit, output, errors) = await Support.BotVerb.RunProcessAsync(_database, ["--help"]);
        Assert.True(exit == 0, errors);
        Assert.All(["import-staff", "teams-package", "wecom-sync", "holidays", "link-teams", "audit-verify"],
            verb => Assert.Contains("  " + verb, output, StringComparison.Ordinal));
        Assert.Contains("每个命令的说明 Help of a verb: dotnet run --project Bot -- <verb> --help", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("holidays --yeer 2026", "不认识的选项 Unknown option: --yeer", CliTexts.HolidaysUsage)]
    [InlineData("audit-verify --new-anchr", "不认识的选项 Unknown option: --new-anchr", CliTexts.AuditVerifyUsage)]
    [InlineData("import-staff a.csv b.csv", "多余的参数 Unexpected argument: b.csv", CliTexts.ImportUsage)]
    [InlineData("wecom-sync --all", "不认识的选项 Unknown option: --all", CliTexts.WeComSyncUsage)]
    [InlineData("teams-package --out x.zip", "缺少 --app-id · --app-id is required", CliTexts.TeamsPackageUsage)]
    [InlineData("import-staff", "缺少 <file.csv|file.xlsx> · <file.csv|file.xlsx> is required", CliTexts.ImportUsage)]
    [InlineData("link-teams --aad-object-id x", "缺少 --employee-no · --employee-no is required", CliTexts.LinkTeamsUsage)]
    [InlineData("link-teams --employee-no A002 --aad-object-id x --teams-user-id 29:y",
        "--aad-object-id 和 --teams-user-id 只能选一个 · give --aad-object-id or --teams-user-id, not both", CliTexts.LinkTeamsUsage)]
    [InlineData("holidays --year", "--year 后面缺少值 · --year needs a value", CliTexts.HolidaysUsage)]
    [InlineData("holidays --year 2026 --year 2027", "--year 只能给一次 · --year can be given once", CliTexts.HolidaysUsage)]
    [InlineData("holidays --import 2027.json --json", "--json 只能与 --year 一起用 · --json goes only with --year", CliTexts.HolidaysUsage)]
    [InlineData("holidays --year MMXXVI", "--year 必须是 2001 至 2099 的年份 · --year must be a year from 2001 to 2099: MMXXVI", CliTexts.HolidaysUsage)]
    public async Task Bad_arguments_exit_2_with_the_problem_in_both_languages_and_the_usage_of_the_verb(string args, string problem, string usage)
    {
        var (exit, output, errors) = await RunAsync(args.Split(' '));
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        var verb = args.Split(' ')[0];
        var lines = errors.TrimEnd().Split(Environment.NewLine);
        Assert.Equal(problem, lines[0]); // first; an unknown option's value, say, may be listed after it
        Assert.Equal([usage, $"详见 See: dotnet run --project Bot -- {verb} --help"], lines[^2..]);
        Assert.False(File.Exists(_database)); // refused before the bot's database is opened
    }

    [Theory]
    [InlineData("imprt-staff", "staff.csv")]
    [InlineData("help", "imprt-staff")]
    public async Task An_unknown_verb_exits_2_and_lists_the_verbs(string first, string second)
    {
        var (exit, output, errors) = await RunAsync(first, second);
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.StartsWith("没有这个命令 Unknown verb: imprt-staff" + Environment.NewLine + CliTexts.Usage, errors, StringComparison.Ordinal);
        Assert.False(File.Exists(_database));
    }
}
