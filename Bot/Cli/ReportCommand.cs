using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Lianzheng.Bot.Reports;
using Lianzheng.Core.Reports;

namespace Lianzheng.Bot.Cli;

/// <summary><c>report --year yyyy [--quarter 1-4] --out file.docx|file.xlsx</c>: the 党风廉政建设工作情况报告 of a year or a
/// quarter, the same document (or workbook) the 工作台's 工作报告 page gives; the run is in the audit trail as a download.</summary>
internal static class ReportCommand
{
    public static Command Create(CliHost host)
    {
        var year = new Option<int?>("--year") { HelpName = "yyyy", Description = CliTexts.ReportYearDescription, CustomParser = Year };
        var quarter = new Option<int?>("--quarter") { HelpName = "1-4", Description = CliTexts.ReportQuarterDescription, CustomParser = Quarter };
        var output = CliSyntax.Value("--out", "file.docx", CliTexts.ReportOutDescription);
        var command = new CliCommand("report", CliTexts.ReportDescription, CliTexts.ReportUsage) { year, quarter, output };
        CliSyntax.Require(command, year);
        CliSyntax.Require(command, output);
        command.Validators.Add(result =>
        {
            if (result.GetValue(output) is { } file && Format(file) is null)
            {
                result.AddError(CliTexts.ReportBadOut(file));
            }
        });
        command.SetAction(parse => host.RunAsync(parse, async app =>
        {
            var file = Path.GetFullPath(parse.GetValue(output)!);
            var period = new ReportPeriod(parse.GetValue(year)!.Value, parse.GetValue(quarter));
            await using var scope = app.Services.CreateAsyncScope();
            var (bytes, _, _) = await scope.ServiceProvider.GetRequiredService<WorkReportFiles>()
                .DownloadAsync(null, "cli", period, Format(file)!, CancellationToken.None);
            await File.WriteAllBytesAsync(file, bytes);
            parse.InvocationConfiguration.Output.WriteLine(CliTexts.ReportWritten(ReportTexts.Title(app.Services.GetRequiredService<
                Microsoft.Extensions.Options.IOptions<Core.Time.BureauOptions>>().Value.Name, period), file));
            return 0;
        }));
        return command;
    }

    private static string? Format(string file) => Path.GetExtension(file).ToLowerInvariant() switch
    {
        ".docx" => WorkReportFiles.WordExtension,
        ".xlsx" => WorkReportFiles.ExcelExtension,
        _ => null,
    };

    private static int? Year(ArgumentResult result) => Number(result, ReportPeriod.FirstYear, ReportPeriod.LastYear, CliTexts.ReportBadYear);

    private static int? Quarter(ArgumentResult result) => Number(result, 1, 4, CliTexts.ReportBadQuarter);

    private static int? Number(ArgumentResult result, int min, int max, Func<string, string> error)
    {
        if (result.Tokens is not [var token])
        {
            return null; // no value, or several: System.CommandLine reports it
        }

        if (int.TryParse(token.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }

        result.AddError(error(token.Value));
        return null;
    }
}
