using System.Globalization;
using System.Text.RegularExpressions;
using Lianzheng.Dialogs.Engine;

namespace Lianzheng.Dialogs.Prompts;

/// <summary>One of a list of choices: by its label (or a synonym), its number in the list, or an unambiguous part of
/// its label. Ends with a <see cref="FoundChoice"/>: the choice's value and index, apart from its label. A button answers
/// with its place in the list (<c>#2</c>), so that two choices with the same label (two leaders of the same name) are
/// told apart; a typed label that several choices have is asked again.</summary>
public sealed partial class ChoicePrompt(string id, PromptValidator<FoundChoice>? validator = null) : Prompt<FoundChoice, ChoicePromptOptions>(id, validator)
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
        var exact = Exact(choices, wanted);
        if (exact.Count == 0 && Possessive().Match(wanted) is { Success: true } mine && mine.Length < wanted.Length)
        {
            // 我儿子, 我的护照: the answer without the 我 in front.
            wanted = wanted[mine.Length..];
            exact = Exact(choices, wanted);
        }

        if (exact.Count > 1)
        {
            return Recognition<FoundChoice>.Fail(PromptTexts.ChoiceAmbiguous(text));
        }

        if (exact.Count == 1)
        {
            return Found(choices, exact[0].Index);
        }

        if (Position(wanted) is { } number && number >= 1 && number <= choices.Count)
        {
            return Found(choices, number - 1);
        }

        // A part of a label or of a synonym: 出国 for 因私出国（境）; several choices holding it are named.
        var partial = choices.Select((c, i) => (Choice: c, Index: i))
            .Where(c => new[] { c.Choice.Label }.Concat(c.Choice.Synonyms ?? []).Any(s => Normalize(s).Contains(wanted, StringComparison.Ordinal)))
            .ToList();
        return partial.Count switch
        {
            1 => Found(choices, partial[0].Index),
            > 1 when partial.Count < choices.Count => Recognition<FoundChoice>.Fail(
                PromptTexts.ChoiceCouldBe(text, partial.Select(c => c.Choice.Label))),
            _ => Recognition<FoundChoice>.Fail(PromptTexts.ChoiceNotRecognized(text)),
        };
    }

    protected override string ButtonAnswer(int index, string label) => "#" + (index + 1).ToString(CultureInfo.InvariantCulture);

    private static Recognition<FoundChoice> Found(IReadOnlyList<Choice> choices, int index) =>
        Recognition<FoundChoice>.Ok(new FoundChoice(choices[index].Value, index, choices[index].Label));

    private static List<(Choice Choice, int Index)> Exact(IReadOnlyList<Choice> choices, string wanted) =>
        [.. choices.Select((c, i) => (Choice: c, Index: i))
            .Where(c => Normalize(c.Choice.Label) == wanted || (c.Choice.Synonyms ?? []).Any(s => Normalize(s) == wanted))];

    [GeneratedRegex("^(?:是我的|是我|我们家的|我们家|我家的|我家|我的|我)")]
    private static partial Regex Possessive();

    /// <summary>A place in the list: 2, 2., 第2个, 第二个, 第二项, 二.</summary>
    private static int? Position(string text)
    {
        var number = PositionWords().Match(text) is { Success: true } match ? match.Groups["n"].Value : "";
        return number.Length == 0 ? null
            : int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n
            : ChineseNumerals.Parse(number);
    }

    [GeneratedRegex(@"^(?:第)?(?<n>\d{1,3}|[一二三四五六七八九十]{1,3})(?:个|项|条|号|[.、])?$")]
    private static partial Regex PositionWords();

    private static string Normalize(string text) =>
        text.Trim().Replace('（', '(').Replace('）', ')').Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
}
