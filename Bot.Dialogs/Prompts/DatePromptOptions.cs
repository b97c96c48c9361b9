using Lianzheng.Core.Messaging;

namespace Lianzheng.Dialogs.Prompts;

/// <summary>Options of a <see cref="DatePrompt"/>: where a date without a year goes, and the bounds of the date.</summary>
public sealed record DatePromptOptions : PromptOptions
{
    public DatePreference Preference { get; init; } = DatePreference.Nearest;

    public DateOnly? NotBefore { get; init; }

    public DateOnly? NotAfter { get; init; }

    public static DatePromptOptions Ask(
        string text, string? example, DatePreference preference, DateOnly? notBefore = null, DateOnly? notAfter = null) =>
        new() { Prompt = new OutboundMessage(text), Example = example, Preference = preference, NotBefore = notBefore, NotAfter = notAfter };
}
