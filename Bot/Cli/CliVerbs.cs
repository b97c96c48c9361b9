using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;

namespace Lianzheng.Bot.Cli;

/// <summary>Operator commands on the same executable: <c>dotnet run --project Bot -- &lt;verb&gt; [options] [-- --Key=Value ...]</c>.
/// System.CommandLine parses each verb's arguments and options; what follows a lone <c>--</c> is the bot's configuration,
/// as on the web host's command line. A first argument that is a word (no leading <c>-</c>, no <c>=</c>) is a verb, known
/// or not; anything else starts the web host. Exit codes: 0 done, 1 the work failed, 2 bad arguments or configuration.
/// Logs go to standard error so that the output stays clean.</summary>
public static class CliVerbs
{
    internal const int BadArguments = 2;

    private static readonly string[] HelpNames = ["--help", "-h", "-?"];

    // A leading @ names a response file in System.CommandLine; here it is an ordinary value (a file name can start with @).
    private static readonly ParserConfiguration Parsing = new() { ResponseFileTokenReplacer = null };


    public static bool IsVerb(string[] args) => args.Length > 0 && (HelpNames.Contains(args[0]) || IsWord(args[0]));

    /// <summary>Runs a verb on the process's console.</summary>
    public static Task<int> RunAsync(string[] args) => RunAsync(args, Console.Out, Console.Error, onProcessConsole: true);

    /// <summary>Runs a verb writing to <paramref name="output"/> and <paramref name="error"/>: what the verb prints goes to
    /// the first, problems to the second; logs only when on the process's console.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, bool onProcessConsole = false)
    {
        // Exceptions propagate (a crash is not a bad argument); Ctrl+C ends the process as it always did.
        var invocation = new InvocationConfiguration
        {
            EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null, Output = output, Error = error,
        };
        var separator = Array.IndexOf(args, "--");
        var verbArgs = separator < 0 ? args : args[..separator];
        var settings = separator < 0 ? [] : args[(separator + 1)..];
        if (verbArgs is ["help", .. var helped])
        {
            verbArgs = [.. helped.Take(1), "--help"];
        }

        if (verbArgs.Length == 0)
        {
            await error.WriteLineAsync(CliTexts.Usage);
            return BadArguments;
        }

        var root = Create(new CliHost(settings, onProcessConsole));
        if (verbArgs is [var verb, ..] && IsWord(verb) && !root.Subcommands.Any(c => c.Name == verb))
        {
            await error.WriteLineAsync(CliTexts.UnknownVerb(verb));
            await error.WriteLineAsync(CliTexts.Usage);
            return BadArguments;
        }

        var parse = root.Parse(verbArgs, Parsing);
        if (parse.Action is not CliHelpAction && (parse.Errors.Count > 0 || parse.UnmatchedTokens.Count > 0))
        {
            await ReportAsync(parse, error);
            return BadArguments;
        }

        return await parse.InvokeAsync(invocation);
    }

    private static RootCommand Create(CliHost host)
    {
        var root = new RootCommand(CliTexts.Usage)
        {
            ImportStaffCommand.Create(host),
            TeamsPackageCommand.Create(),
            WeComSyncCommand.Create(host),
            HolidaysCommand.Create(host),
            LinkTeamsCommand.Create(host),
            AuditVerifyCommand.Create(host),
            ReportCommand.Create(host),
            BackupCommand.Create(host),
        };
        root.Options.Remove(root.Options.OfType<VersionOption>().Single());
        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new CliHelpAction();
        help.Description = CliTexts.HelpDescription;
        foreach (var command in root.Subcommands.Prepend(root))
        {
            // Reported below in our words, with the verb's usage.
            command.TreatUnmatchedTokensAsErrors = false;
        }

        return root;
    }

    private static async Task ReportAsync(ParseResult parse, TextWriter error)
    {
        var problems = parse.UnmatchedTokens
            .Select(token => token.StartsWith('-') ? CliTexts.UnknownOption(token) : CliTexts.UnexpectedArgument(token))
            .Concat(parse.Errors.Select(Describe))
            .Distinct(StringComparer.Ordinal);
        foreach (var problem in problems)
        {
            await error.WriteLineAsync(problem);
        }

        if (parse.CommandResult.Command is CliCommand command)
        {
            await error.WriteLineAsync(command.Usage);
            await error.WriteLineAsync(CliTexts.SeeHelp(command.Name));
        }
        else
        {
            await error.WriteLineAsync(CliTexts.Usage);
        }
    }

    /// <summary>System.CommandLine's own checks (a value missing after an option, an option given twice) in our words;
    /// the verbs' rules (CliSyntax, the value parsers) word their messages already.</summary>
    private static string Describe(ParseError error) => error.SymbolResult switch
    {
        OptionResult { Option: var option, Tokens.Count: 0 } when option.Arity.MinimumNumberOfValues > 0 => CliTexts.MissingValue(option.Name),
        OptionResult { Option: var option, Tokens.Count: var count } when count > option.Arity.MaximumNumberOfValues => CliTexts.OneValueOnly(option.Name),
        _ => error.Message,
    };

    private static bool IsWord(string arg) => arg.Length > 0 && arg[0] is not '-' and not '/' && !arg.Contains('=', StringComparison.Ordinal);
}
