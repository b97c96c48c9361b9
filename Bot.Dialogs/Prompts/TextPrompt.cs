using System.Globalization;
using Lianzheng.Dialogs.Engine;
using Lianzheng.Dialogs.Texts;

namespace Lianzheng.Dialogs.Prompts;

/// <summary>Free text, trimmed; at most Validations.maxLength characters (default 200).</summary>
public sealed class TextPrompt(string id, PromptValidator<string>? validator = null) : Prompt<string>(id, validator)
{
    public const int DefaultMaxLength = 200;

    protected override Recognition<string> Recognize(TurnContext turn, string text, PromptOptions options)
    {
        var maxLength = ValidationInt(options, "maxLength") ?? DefaultMaxLength;
        return text.Length > maxLength
            ? Recognition<string>.Fail(string.Format(CultureInfo.InvariantCulture, PromptTexts.TextTooLong, maxLength))
            : Recognition<string>.Ok(text);
    }
}
