using Lianzheng.Dialogs.Engine;

namespace Lianzheng.Dialogs.Prompts;

/// <summary>Yes or no, in the ways people say it; <see cref="ConfirmPromptOptions"/> names the yes and the no buttons.</summary>
public sealed class ConfirmPrompt(string id) : Prompt<bool, ConfirmPromptOptions>(id)
{
    protected override IReadOnlyList<string> Offered(ConfirmPromptOptions options) => [options.YesLabel, options.NoLabel];

    protected override Recognition<bool> Recognize(TurnContext turn, string text, ConfirmPromptOptions options)
    {
        var answer = text.Trim().TrimEnd('。', '！', '!', '.').ToLowerInvariant();
        if (string.Equals(answer, options.YesLabel, StringComparison.OrdinalIgnoreCase) || PromptTexts.YesWords.Contains(answer))
        {
            return Recognition<bool>.Ok(true);
        }

        return string.Equals(answer, options.NoLabel, StringComparison.OrdinalIgnoreCase) || PromptTexts.NoWords.Contains(answer)
            ? Recognition<bool>.Ok(false)
            : Recognition<bool>.Fail(PromptTexts.ConfirmNotRecognized);
    }
}
