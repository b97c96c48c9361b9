using Lianzheng.Dialogs.Engine;

namespace Lianzheng.Dialogs.Prompts;

/// <summary>Free text, trimmed; at most <see cref="TextPromptOptions.MaxLength"/> characters.</summary>
public sealed class TextPrompt(string id, PromptValidator<string>? validator = null) : Prompt<string, TextPromptOptions>(id, validator)
{
    protected override Recognition<string> Recognize(TurnContext turn, string text, TextPromptOptions options) =>
        text.Length > options.MaxLength
            ? Recognition<string>.Fail(PromptTexts.TextTooLong(options.MaxLength))
            : Recognition<string>.Ok(text);

    protected override IReadOnlyList<string> Offered(TextPromptOptions options) => options.Suggestions;
}
