using System.CommandLine;

namespace Lianzheng.Bot.Cli;

/// <summary>The rules the verbs share, with our bilingual messages: an option's value may not be blank, an option or
/// argument is required, two options exclude each other, an option goes only with another.</summary>
internal static class CliSyntax
{
    public static Option<string> Value(string name, string helpName, string description)
    {
        var option = new Option<string>(name) { HelpName = helpName, Description = description };
        option.Validators.Add(result =>
        {
            if (result.Tokens is [var token] && string.IsNullOrWhiteSpace(token.Value))
            {
                result.AddError(CliTexts.BlankValue(name));
            }
        });
        return option;
    }

    public static void Require(Command command, Option option) =>
        command.Validators.Add(result =>
        {
            if (result.GetResult(option) is null)
            {
                result.AddError(CliTexts.MissingOption(option.Name));
            }
        });

    public static void Require(Command command, Argument argument) =>
        command.Validators.Add(result =>
        {
            if (result.GetResult(argument) is not { Tokens.Count: > 0 })
            {
                result.AddError(CliTexts.MissingArgument(argument.HelpName ?? argument.Name));
            }
        });

    /// <summary>Exactly one of the two.</summary>
    public static void OneOf(Command command, Option first, Option second) =>
        command.Validators.Add(result =>
        {
            var given = (result.GetResult(first) is not null, result.GetResult(second) is not null);
            if (given is (false, false))
            {
                result.AddError(CliTexts.MissingEither(first.Name, second.Name));
            }
            else if (given is (true, true))
            {
                result.AddError(CliTexts.NotBoth(first.Name, second.Name));
            }
        });

    public static void OnlyWith(Command command, Option option, Option with) =>
        command.Validators.Add(result =>
        {
            if (result.GetResult(option) is not null && result.GetResult(with) is null)
            {
                result.AddError(CliTexts.OnlyWith(option.Name, with.Name));
            }
        });
}
