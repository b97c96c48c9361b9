using System.CommandLine;
using System.CommandLine.Invocation;

namespace Lianzheng.Bot.Cli;

/// <summary><c>--help</c> (<c>-h</c>, <c>-?</c>) of every verb, in Chinese and English: what the verb does, its usage,
/// its arguments and options and, for the verbs that read it, how to give the bot's configuration. System.CommandLine's
/// own help writes its headings in one language only.</summary>
internal sealed class CliHelpAction : SynchronousCommandLineAction
{
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        var output = parseResult.InvocationConfiguration.Output;
        if (parseResult.CommandResult.Command is not CliCommand command)
        {
            output.WriteLine(CliTexts.Usage);
            output.WriteLine();
            output.WriteLine(CliTexts.HelpOfVerbs);
            return 0;
        }

        output.WriteLine(command.Description);
        output.WriteLine();
        output.WriteLine(command.Usage);
        var arguments = command.Arguments.Select(a => ($"<{a.HelpName ?? a.Name}>", a.Description ?? "")).ToList();
        var options = command.Options
            .Select(o => (Option(o), o.Description ?? ""))
            .Append(("-h, --help", CliTexts.HelpDescription))
            .ToList();
        var width = arguments.Concat(options).Max(row => Width(row.Item1)) + 2;
        foreach (var (heading, rows) in new[] { (CliTexts.HelpArguments, arguments), (CliTexts.HelpOptions, options) })
        {
            if (rows.Count > 0)
            {
                output.WriteLine();
                output.WriteLine(heading);
                foreach (var (name, description) in rows)
                {
                    output.WriteLine("  " + name + new string(' ', width - Width(name)) + description);
                }
            }
        }

        if (command.TakesSettings)
        {
            output.WriteLine();
            output.WriteLine(CliTexts.HelpSettings(command.Name));
        }

        return 0;
    }

    /// <summary>Columns on a terminal: a Chinese character takes two.</summary>
    private static int Width(string text) => text.Sum(c => c is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF'
        or >= '\uAC00' and <= '\uD7A3' or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60' ? 2 : 1);

    private static string Option(Option option)
    {
        var names = string.Join(", ", option.Aliases.Order(StringComparer.Ordinal).Append(option.Name));
        return option.ValueType == typeof(bool) ? names : $"{names} <{option.HelpName ?? "value"}>";
    }
}
