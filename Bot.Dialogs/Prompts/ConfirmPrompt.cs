using Lianzheng.Dialogs.Engine;
using Lianzheng.Dialogs.Texts;

namespace Lianzheng.Dialogs.Prompts;

/// <summary>Yes or no, in the ways people say it; Choices, when given, name the yes and the no buttons.</summary>
public sealed class ConfirmPrompt(string id) : Prompt<bool>(id)
{
    protected override IReadOnlyList<string> Offered(PromptOptions options) =>
        options.Choices is { Count: 2 } labels ? labels : [PromptTexts.Yes, PromptTexts.No];

    protected override Recognition<bool> Recognize(TurnContext turn, string text, PromptOptions options)
    {
        var answer = text.Trim().TrimEnd('。', '！', '!', '.').ToLowerInvariant();
        var labels = Offered(options);
        if (answer == labels[0].ToLowerInvariant() || PromptTexts.YesWords.Contains(answer))
        {
            return Recognition<bool>.Ok(true);
        }

        return answer == labels[1].ToLowerInvariant() || PromptTexts.NoWords.Contains(answer)
            ? Recognition<bool>.Ok(false)
            : Recognition<bool>.Fail(PromptTexts.ConfirmNotRecognized);
    }
}
