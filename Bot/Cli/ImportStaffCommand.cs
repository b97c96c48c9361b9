using System.CommandLine;
using System.CommandLine.Invocation;
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
        command.SetAction(parse => host.RunAsync(parse, app => RunAsync(app, parse.InvocationConfiguration, parse.GetValue(file)!)));
        return command;
    }

    private static async Task<int> RunAsync(WebApplication app, InvocationConfiguration console, string path)
    {
        if (!File.Exists(path))
        {
            await console.Error.WriteLineAsync(CliTexts.FileNotFound(path));
            return 2;
        }

        StaffSheetFile sheet;
        try
        {
            sheet = StaffSheetReader.Read(path);
        }
        catch (Exception ex) when (ex is NotSupportedException)
        {
            await console.Error.WriteLineAsync(CliTexts.UnsupportedFile(path));
            return 2;
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or CsvHelper.CsvHelperException or FormatException
            or ArgumentException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException)
        {
            await console.Error.WriteLineAsync(CliTexts.UnreadableFile(path, ex.Message));
            return 2;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<StaffImporter>().ImportAsync(sheet.Headers, sheet.Rows, CancellationToken.None);
        if (!result.Succeeded)
        {
            await console.Error.WriteLineAsync(CliTexts.ImportFailed(result.Problems.Count));
            foreach (var problem in result.Problems)
            {
                await console.Error.WriteLineAsync(problem.RowNumber > 0
                    ? CliTexts.ImportProblem(problem.RowNumber, problem.Reason)
                    : CliTexts.ImportProblemHeader(problem.Reason));
            }

            return 1;
        }

        await console.Output.WriteLineAsync(CliTexts.ImportSucceeded(result.Created, result.Updated, result.SectionsCreated));
        return 0;
    }
}
