using System.CommandLine;
using System.Globalization;
using Lianzheng.Core.Personnel;

namespace Lianzheng.Bot.Cli;

/// <summary><c>import-staff &lt;file&gt;</c>: creates or updates the directory from a CSV or XLSX sheet, all or nothing.</summary>
internal static class ImportStaffCommand
{
    public static Command Create(CliHost host)
    {
        var file = new Argument<string>("file")
        {
            HelpName = "file.csv|file.xlsx", Description = CliTexts.ImportFileDescription, Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new CliCommand("import-staff", CliTexts.ImportDescription, CliTexts.ImportUsage) { file };
        CliSyntax.Require(command, file);
        command.SetAction(parse => host.RunAsync(app => RunAsync(app, parse.GetValue(file)!)));
        return command;
    }

    private static async Task<int> RunAsync(WebApplication app, string path)
    {
        if (!File.Exists(path))
        {
            await Console.Error.WriteLineAsync(string.Format(CultureInfo.InvariantCulture, CliTexts.FileNotFound, path));
            return 2;
        }

        StaffSheetFile sheet;
        try
        {
            sheet = StaffSheetReader.Read(path);
        }
        catch (Exception ex) when (ex is NotSupportedException)
        {
            await Console.Error.WriteLineAsync(string.Format(CultureInfo.InvariantCulture, CliTexts.UnsupportedFile, path));
            return 2;
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or CsvHelper.CsvHelperException or FormatException
            or ArgumentException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException)
        {
            await Console.Error.WriteLineAsync(string.Format(CultureInfo.InvariantCulture, CliTexts.UnreadableFile, path, ex.Message));
            return 2;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<StaffImporter>().ImportAsync(sheet.Headers, sheet.Rows, CancellationToken.None);
        if (!result.Succeeded)
        {
            await Console.Error.WriteLineAsync(string.Format(CultureInfo.InvariantCulture, CliTexts.ImportFailed, result.Problems.Count));
            foreach (var problem in result.Problems)
            {
                await Console.Error.WriteLineAsync(problem.RowNumber > 0
                    ? string.Format(CultureInfo.InvariantCulture, CliTexts.ImportProblem, problem.RowNumber, problem.Reason)
                    : string.Format(CultureInfo.InvariantCulture, CliTexts.ImportProblemHeader, problem.Reason));
            }

            return 1;
        }

        await Console.Out.WriteLineAsync(string.Format(
            CultureInfo.InvariantCulture, CliTexts.ImportSucceeded, result.Created, result.Updated, result.SectionsCreated));
        return 0;
    }
}
