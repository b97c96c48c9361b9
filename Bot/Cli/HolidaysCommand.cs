using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.Json;
using Lianzheng.Core.Holidays;
using Microsoft.Extensions.Options;

namespace Lianzheng.Bot.Cli;

/// <summary><c>holidays --year yyyy [--json]</c> prints a year's holiday nodes and their send dates;
/// <c>holidays --import file.json</c> stores a newly published State Council arrangement.</summary>
internal static class HolidaysCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create(CliHost host)
    {
        var year = new Option<int?>("--year") { HelpName = "yyyy", Description = CliTexts.HolidaysYearDescription, CustomParser = Year };
        var json = new Option<bool>("--json") { Description = CliTexts.HolidaysJsonDescription };
        var import = CliSyntax.Value("--import", "file.json", CliTexts.HolidaysImportDescription);
        var command = new CliCommand("holidays", CliTexts.HolidaysDescription, CliTexts.HolidaysUsage) { year, json, import };
        CliSyntax.OneOf(command, year, import);
        CliSyntax.OnlyWith(command, json, year);
        command.SetAction(parse => host.RunAsync(parse, async app =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var store = scope.ServiceProvider.GetRequiredService<HolidayCalendarStore>();
            return parse.GetValue(import) is { } file
                ? await ImportAsync(parse.InvocationConfiguration, store, file)
                : await ShowAsync(app, parse.InvocationConfiguration.Output, store, parse.GetValue(year)!.Value, parse.GetValue(json));
        }));
        return command;
    }

    private static async Task<int> ShowAsync(WebApplication app, TextWriter output, HolidayCalendarStore store, int year, bool json)
    {
        var calendar = await store.LoadAsync(CancellationToken.None);
        var nodes = calendar.NodesOf(year, app.Services.GetRequiredService<IOptions<HolidayOptions>>().Value.WorkdaysBefore);
        if (json)
        {
            output.WriteLine(ToJson(nodes));
            return 0;
        }

        var arrangement = calendar.ArrangementFor(year);
        output.WriteLine(CliTexts.HolidaysHeading(year, arrangement?.Source ?? CliTexts.HolidaysNotPublished));
        output.WriteLine(CliTexts.HolidaysColumns);
        foreach (var node in nodes)
        {
            var off = node.Official
                ? CliTexts.HolidaysOffDays(Day(node.FirstOffDay), Day(node.LastOffDay))
                : CliTexts.HolidaysEstimatedOffDays(Day(node.FirstOffDay), Day(node.LastOffDay));
            var workdays = node.Workdays.Count == 0 ? "" : CliTexts.HolidaysWorkdays(string.Join("、", node.Workdays.Select(Day)));
            output.WriteLine($"{node.Key,-15} {node.Name,-4}\t{Day(node.Date)}  {Day(node.SendDate)}  {off}{workdays}");
        }

        return 0;
    }

    /// <summary>The --json output: one object per holiday with key, name, date, offDays (official) or estimatedOffDays,
    /// workdays, takenWith and sendDate.</summary>
    public static string ToJson(IEnumerable<HolidayNode> nodes) => JsonSerializer.Serialize(nodes.Select(n => new
    {
        key = n.Key,
        name = n.Name,
        date = Day(n.Date),
        offDays = n.Official ? new { from = Day(n.FirstOffDay), to = Day(n.LastOffDay) } : null,
        estimatedOffDays = n.Official ? null : new { from = Day(n.FirstOffDay), to = Day(n.LastOffDay) },
        workdays = n.Workdays.Select(Day),
        takenWith = n.TakenWith,
        sendDate = Day(n.SendDate),
    }), Json);

    private static async Task<int> ImportAsync(InvocationConfiguration console, HolidayCalendarStore store, string file)
    {
        if (!File.Exists(file))
        {
            await console.Error.WriteLineAsync(CliTexts.FileNotFound(file));
            return 2;
        }

        IReadOnlyList<HolidayArrangement> arrangements;
        try
        {
            arrangements = HolidayArrangement.Parse(await File.ReadAllTextAsync(file));
        }
        catch (JsonException ex)
        {
            await console.Error.WriteLineAsync(CliTexts.UnreadableFile(file, ex.Message));
            return 1;
        }

        var failed = false;
        foreach (var arrangement in arrangements)
        {
            var problems = await store.ImportAsync(arrangement, CancellationToken.None);
            if (problems.Count > 0)
            {
                failed = true;
                await console.Error.WriteLineAsync(CliTexts.HolidaysImportFailed(arrangement.Year));
                foreach (var problem in problems)
                {
                    await console.Error.WriteLineAsync("  " + problem);
                }
            }
            else
            {
                console.Output.WriteLine(CliTexts.HolidaysImported(arrangement.Year, arrangement.Holidays.Count));
            }
        }

        return failed ? 1 : 0;
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A year from 2001 to 2099, digits only.</summary>
    private static int? Year(ArgumentResult result)
    {
        if (result.Tokens is not [var token])
        {
            return null; // no value, or several: System.CommandLine reports it
        }

        if (int.TryParse(token.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2001 and <= 2099)
        {
            return year;
        }

        result.AddError(CliTexts.HolidaysBadYear(token.Value));
        return null;
    }
}
