using System.Globalization;
using Lianzheng.Dialogs.Engine;

namespace Lianzheng.Dialogs.Prompts;

/// <summary>One of a list of choices: by its label (or a synonym), its number in the list, or an unambiguous part of
/// its label. Ends with a <see cref="FoundChoice"/>: the choice's value and index, apart from its label. A button answers
/// with its place in the list (<c>#2</c>), so that two choices with the same label (two leaders of the same name) are
/// told apart; a typed label that several choices have is asked again.</summary>
public sealed class ChoicePrompt(string id, PromptValidator<FoundChoice>? validator = null) : Prompt<FoundChoice, ChoicePromptOptions>(id, validator)
{
    protected override IReadOnlyList<string> Offered(ChoicePromptOptions options) => [.. options.Choices.Select(c => c.Label)];

    protected override Recognition<FoundChoice> Recognize(TurnContext turn, string text, ChoicePromptOptions options)
    {
        var choices = options.Choices;
        if (text.StartsWith('#') && int.TryParse(text.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var place)
            && place >= 1 && place <= choices.Count)
        {
            return Found(choices, place - 1);
        }

        var wanted = Normalize(text);
        var exact = choices.Select((c, i) => (Choice: c, Index: i))
            .Where(c => Normalize(c.Choice.Label) == wanted || (c.Choice.Synonyms ?? []).Any(s => Normalize(s) == wanted))
            .ToList();
        if (exact.Count > 1)
        {
            return Recognition<FoundChoice>.Fail(PromptTexts.ChoiceAmbiguous(text));
        }

        if (exact.Count == 1)
        {
            return Found(choices, exact[0].Index);
        }

        if (int.TryParse(wanted.TrimEnd('.', '、'), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && number >= 1 && number <= choices.Count)
        {
            return Found(choices, number - 1);
        }

        var partial = choices.Select((c, i) => (Choice: c, Index: i))
            .Where(c => Normalize(c.Choice.Label).Contains(wanted, StringComparison.Ordinal))
            .ToList();
        return partial.Count == 1
            ? Found(choices, partial[0].Index)
            : Recognition<FoundChoice>.Fail(PromptTexts.ChoiceNotRecognized(text));
    }

    protected override string ButtonAnswer(int index, string label) => "#" + (index + 1).ToString(CultureInfo.InvariantCulture);

    private static Recognition<FoundChoice> Found(IReadOnlyList<Choice> choices, int index) =>
        Recognition<FoundChoice>.Ok(new FoundChoice(choices[index].Value, index, choices[index].Label));

    private static string Normalize(string text) =>
        text.Trim().Replace('（', '(').Replace('）', ')').Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
}
