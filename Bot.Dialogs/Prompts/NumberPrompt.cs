using System.Globalization;
using Lianzheng.Dialogs.Engine;

namespace Lianzheng.Dialogs.Prompts;

/// <summary>A whole number, in digits or Chinese numerals, with an optional unit (桌、人、位…); bounded by
/// <see cref="NumberPromptOptions.Min"/> and <see cref="NumberPromptOptions.Max"/>.</summary>
public sealed class NumberPrompt(string id, PromptValidator<int>? validator = null) : Prompt<int, NumberPromptOptions>(id, validator)
{
    private static readonly char[] Units = ['桌', '人', '位', '个', '名', '天', '次'];

    protected override Recognition<int> Recognize(TurnContext turn, string text, NumberPromptOptions options)
    {
        var example = Example(options, "10");
        var trimmed = text.Trim().TrimEnd(Units).Trim();
        var value = int.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : ChineseNumerals.Parse(trimmed);
        if (value is not { } number)
        {
            return Recognition<int>.Fail(PromptTexts.NumberNotRecognized(text, example));
        }

        if (options.Min is { } min && number < min)
        {
            return Recognition<int>.Fail(PromptTexts.NumberTooSmall(min, example));
        }

        return options.Max is { } max && number > max
            ? Recognition<int>.Fail(PromptTexts.NumberTooLarge(max, example))
            : Recognition<int>.Ok(number);
    }
}
