using System.CommandLine;

namespace Lianzheng.Bot.Cli;

/// <summary>An operator verb: a System.CommandLine command with the one-line usage that its help and its argument errors
/// print, and whether it reads the bot's configuration (given after <c>--</c>).</summary>
internal sealed class CliCommand(string name, string description, string usage, bool takesSettings = true) : Command(name, description)
{
    public string Usage { get; } = usage;

    public bool TakesSettings { get; } = takesSettings;
}
