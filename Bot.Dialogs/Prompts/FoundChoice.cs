using System.Globalization;

namespace Lianzheng.Dialogs.Prompts;

/// <summary>What a <see cref="ChoicePrompt"/> ends with, as in Bot Builder's FoundChoice: the chosen choice's value,
/// its index in the list and its label (for showing, never for branching).</summary>
public sealed record FoundChoice(string Value, int Index, string Label)
{
    /// <summary>The value of a choice made with <see cref="Choice.Of{TEnum}"/>.</summary>
    public TEnum As<TEnum>()
        where TEnum : struct, Enum =>
        Enum.Parse<TEnum>(Value);

    /// <summary>The id of a choice made with <see cref="Choice.Of(int, string, IReadOnlyList{string}?)"/>.</summary>
    public int Id => int.Parse(Value, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>The choice of <paramref name="choices"/> with this value, as if the user had picked it.</summary>
    public static FoundChoice Select(IReadOnlyList<Choice> choices, string value)
    {
        var index = choices.ToList().FindIndex(c => c.Value == value);
        return index < 0
            ? throw new ArgumentException($"No choice has the value '{value}'.", nameof(value))
            : new FoundChoice(value, index, choices[index].Label);
    }
}
