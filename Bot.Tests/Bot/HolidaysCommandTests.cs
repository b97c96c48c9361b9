using System.Text.Json;
using Lianzheng.Bot.Cli;
using Lianzheng.Core.Holidays;
using Lianzheng.Core.Messaging;
using Lianzheng.Tests.Core;

namespace Lianzheng.Tests.Bot;

/// <summary>`dotnet run --project Bot -- holidays --year yyyy [--json]` and `holidays --import file.json` (the JSON as the
/// bot's own executable run as a process prints it: its standard output is what a script reads; the rest through the same
/// entry point in the test process), and the JSON it prints for every year from 2024 to 2040.</summary>
public sealed class HolidaysCommandTests
{
    private readonly string _database = Support.BotApp.NewDatabasePath();

    // An import is written to the audit trail, whose key Production requires.
    private Task<(int Exit, string Output, string Errors)> RunAsync(params string[] args) =>
        Support.BotVerb.RunAsync(_database, args, ["--Audit:Key=holidays-test-key-0123456789abcdef0123"]);

    [Fact]
    public async Task The_json_of_a_year_is_the_nodes_with_their_send_dates_and_nothing_else_on_standard_output()
    {
        var (exit, output, errors) = await Support.BotVerb.RunProcessAsync(_database, ["holidays", "--year", "2026", "--json"]);
        Assert.True(exit == 0, errors);
        using var json = JsonDocument.Parse(output);
        var nodes = json.RootElement.EnumerateArray().ToDictionary(n => n.GetProperty("key").GetString()!);
        Assert.Equal(HolidayKeys.All, nodes.Keys);
        Assert.Equal("春节", nodes["springfestival"].GetProperty("name").GetString());
        Assert.Equal("2026-02-17", nodes["springfestival"].GetProperty("date").GetString());
        Assert.Equal("2026-02-13", nodes["springfestival"].GetProperty("sendDate").GetString());
        Assert.Equal("2026-02-15", nodes["springfestival"].GetProperty("offDays").GetProperty("from").GetString());
        Assert.Equal("2026-10-07", nodes["nationalday"].GetProperty("offDays").GetProperty("to").GetString());
        Assert.Equal("2025-12-30", nodes["newyear"].GetProperty("sendDate").GetString());
    }

    [Fact]
    public async Task The_table_says_when_a_year_is_not_published_and_an_imported_arrangement_replaces_the_estimate()
    {
        var (exit, output, _) = await RunAsync("holidays", "--year", "2027");
        Assert.Equal(0, exit);
        Assert.Contains("未公布", output, StringComparison.Ordinal);
        Assert.Contains("约 2027-02-05 至 2027-02-08（估算）", output, StringComparison.Ordinal);

        var file = Path.Combine(Path.GetDirectoryName(_database)!, "2027.json");
        await File.WriteAllTextAsync(file, """
            { "year": 2027, "source": "国务院办公厅关于2027年部分节假日安排的通知（测试）",
              "holidays": [ { "keys": ["springfestival"], "firstOffDay": "2027-02-05", "lastOffDay": "2027-02-13", "workdays": ["2027-02-14"] } ] }
            """, TestContext.Current.CancellationToken);
        (exit, output, _) = await RunAsync("holidays", "--import", file);
        Assert.Equal(0, exit);
        Assert.Contains("已导入 2027 年放假安排", output, StringComparison.Ordinal);

        (exit, output, _) = await RunAsync("holidays", "--year", "2027");
        Assert.Contains("国务院办公厅关于2027年部分节假日安排的通知（测试）", output, StringComparison.Ordinal);
        Assert.Contains("2027-02-05 至 2027-02-13；调休上班 2027-02-14", output, StringComparison.Ordinal);

        await File.WriteAllTextAsync(file, """{ "year": 2028, "source": "x", "holidays": [ { "keys": ["chunjie"], "firstOffDay": "2028-01-25", "lastOffDay": "2028-01-20" } ] }""",
            TestContext.Current.CancellationToken);
        var (badExit, _, badErrors) = await RunAsync("holidays", "--import", file);
        Assert.Equal(1, badExit);
        Assert.Contains("不认识的节日 chunjie", badErrors, StringComparison.Ordinal);
        Assert.Contains("未导入", badErrors, StringComparison.Ordinal);

        var (usageExit, _, usage) = await RunAsync("holidays", "--year", "19");
        Assert.Equal(2, usageExit);
        Assert.Contains("用法", usage, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(HolidayCalendarTests.KnownDates), MemberType = typeof(HolidayCalendarTests))]
    public void The_json_is_right_for_every_year_from_2024_to_2040(int year, string springFestival, string dragonBoat, string midAutumn, string qingming)
    {
        var calendar = new WorkCalendar(HolidayCalendarStore.ShippedArrangements);
        using var json = JsonDocument.Parse(HolidaysCommand.ToJson(calendar.NodesOf(year, 2)));
        var nodes = json.RootElement.EnumerateArray().ToDictionary(n => n.GetProperty("key").GetString()!, n => n);
        Assert.Equal(HolidayKeys.All, nodes.Keys);
        Assert.Equal($"{year}-01-01", nodes["newyear"].GetProperty("date").GetString());
        Assert.Equal(springFestival, nodes["springfestival"].GetProperty("date").GetString());
        Assert.Equal(qingming, nodes["qingming"].GetProperty("date").GetString());
        Assert.Equal($"{year}-05-01", nodes["labourday"].GetProperty("date").GetString());
        Assert.Equal(dragonBoat, nodes["dragonboat"].GetProperty("date").GetString());
        Assert.Equal(midAutumn, nodes["midautumn"].GetProperty("date").GetString());
        Assert.Equal($"{year}-10-01", nodes["nationalday"].GetProperty("date").GetString());
        foreach (var node in nodes.Values)
        {
            Assert.False(string.IsNullOrEmpty(node.GetProperty("name").GetString()));
            var send = DateOnly.ParseExact(node.GetProperty("sendDate").GetString()!, "yyyy-MM-dd");
            Assert.True(calendar.IsWorkday(send));
            Assert.True(send < DateOnly.ParseExact(node.GetProperty("date").GetString()!, "yyyy-MM-dd"));
        }
    }
}
