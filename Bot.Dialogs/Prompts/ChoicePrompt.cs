using System.Globalization;
using Lianzheng.Dialogs.Engine;
using Lianzheng.Dialogs.Texts;

namespace Lianzheng.Dialogs.Prompts;

/// <summary>One of a list of choices: by its text, its number in the list, or an unambiguous part of it.</summary>
public sealed class ChoicePrompt(string id, PromptValidator<string>? validator = null) : Prompt<string>(id, validator)
{
    protected override Recognition<string> Recognize(TurnContext turn, string text, PromptOptions options)
    {
        var choices = options.Choices ?? [];
        var wanted = Normalize(text);
        var exact = choices.FirstOrDefault(c => Normalize(c) == wanted);
        if (exact is not null)
        {
            return Recognition<string>.Ok(exact);
        }

        if (int.TryParse(wanted.TrimEnd('.', '、'), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && number >= 1 && number <= choices.Count)
        {
            return Recognition<string>.Ok(choices[number - 1]);
        }

        var partial = choices.Where(c => Normalize(c).Contains(wanted, StringComparison.Ordinal)).ToList();
        return partial.Count == 1
            ? Recognition<string>.Ok(partial[0])
            : Recognition<string>.Fail(string.Format(CultureInfo.InvariantCulture, PromptTexts.ChoiceNotRecognized, text));
    }

    private static string Normalize(string text) =>
        text.Trim().Replace('（', '(').Replace('）', ')').Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
}
