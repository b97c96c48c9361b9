using Lianzheng.Dialogs.Engine;

namespace Lianzheng.Dialogs.Prompts;

/// <summary>Yes or no, in the ways people say it (<see cref="YesNoAnswer"/>); <see cref="ConfirmPromptOptions"/> names
/// the yes and the no buttons.</summary>
public sealed class ConfirmPrompt(string id) : Prompt<bool, ConfirmPromptOptions>(id)
{
    protected override IReadOnlyList<string> Offered(ConfirmPromptOptions options) => [options.YesLabel, options.NoLabel];

    protected override Recognition<bool> Recognize(TurnContext turn, string text, ConfirmPromptOptions options) =>
        YesNoAnswer.Read(text, options.YesLabel, options.NoLabel) is { } answer
            ? Recognition<bool>.Ok(answer)
            : Recognition<bool>.Fail(PromptTexts.ConfirmNotRecognized(options.YesLabel, options.NoLabel));
}
