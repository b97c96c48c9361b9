using Lianzheng.Dialogs.Engine;

namespace Lianzheng.Dialogs.Prompts;

/// <summary>Free text, trimmed; at most <see cref="TextPromptOptions.MaxLength"/> characters, and words: an answer of only
/// emoji, punctuation or symbols (👍, ？？？, ……) says nothing a record could keep as a reason, a place or a summary.</summary>
public sealed class TextPrompt(string id, PromptValidator<string>? validator = null) : Prompt<string, TextPromptOptions>(id, validator)
{
    protected override Recognition<string> Recognize(TurnContext turn, string text, TextPromptOptions options) =>
        text.Length > options.MaxLength ? Recognition<string>.Fail(PromptTexts.TextTooLong(options.MaxLength))
        : !text.Any(char.IsLetterOrDigit) ? Recognition<string>.Fail(PromptTexts.TextWithoutWords)
        : Recognition<string>.Ok(text);

    protected override IReadOnlyList<string> Offered(TextPromptOptions options) => options.Suggestions;
}
