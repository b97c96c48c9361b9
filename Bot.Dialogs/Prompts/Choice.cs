using System.Globalization;

namespace Lianzheng.Dialogs.Prompts;

/// <summary>One answer a <see cref="ChoicePrompt"/> offers, as in Bot Builder's Choice: a stable value the dialog
/// branches on, the label the user sees (and may type), and other words that mean it.</summary>
/// <remarks>The value is a string key because choices are stored as JSON in the prompt's state between turns: a string
/// reads back as itself, whatever type it stands for. <see cref="Of{TEnum}"/> and <see cref="Of(int, string, IReadOnlyList{string}?)"/>
/// make it from an enum value or an id, <see cref="FoundChoice.As{TEnum}"/> and <see cref="FoundChoice.Id"/> read it back.</remarks>
public sealed record Choice(string Value, string Label, IReadOnlyList<string>? Synonyms = null)
{
    public static Choice Of<TEnum>(TEnum value, string label, IReadOnlyList<string>? synonyms = null)
        where TEnum : struct, Enum =>
        new(value.ToString(), label, synonyms);

    public static Choice Of(int id, string label, IReadOnlyList<string>? synonyms = null) =>
        new(id.ToString(CultureInfo.InvariantCulture), label, synonyms);
}
