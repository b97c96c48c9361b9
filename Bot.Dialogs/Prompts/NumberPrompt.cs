using System.Globalization;
using Lianzheng.Dialogs.Engine;
using Lianzheng.Dialogs.Texts;

namespace Lianzheng.Dialogs.Prompts;

/// <summary>A whole number, in digits or Chinese numerals, with an optional unit (桌、人、位…); Validations.min/max bound it.</summary>
public sealed class NumberPrompt(string id, PromptValidator<int>? validator = null) : Prompt<int>(id, validator)
{
    private static readonly char[] Units = ['桌', '人', '位', '个', '名', '天', '次'];

    protected override Recognition<int> Recognize(TurnContext turn, string text, PromptOptions options)
    {
        var example = Example(options, "10");
        var trimmed = text.Trim().TrimEnd(Units).Trim();
        var value = int.TryParse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : ChineseNumerals.Parse(trimmed);
        if (value is not { } number)
        {
            return Recognition<int>.Fail(string.Format(CultureInfo.InvariantCulture, PromptTexts.NumberNotRecognized, text, example));
        }

        if (ValidationInt(options, "min") is { } min && number < min)
        {
            return Recognition<int>.Fail(string.Format(CultureInfo.InvariantCulture, PromptTexts.NumberTooSmall, min, example));
        }

        return ValidationInt(options, "max") is { } max && number > max
            ? Recognition<int>.Fail(string.Format(CultureInfo.InvariantCulture, PromptTexts.NumberTooLarge, max, example))
            : Recognition<int>.Ok(number);
    }
}

/// <summary>Chinese numerals up to 99,999 (零一二…十百千万, 两).</summary>
public static class ChineseNumerals
{
    private static readonly Dictionary<char, int> Digits = new()
    {
        ['零'] = 0, ['〇'] = 0, ['一'] = 1, ['二'] = 2, ['两'] = 2, ['三'] = 3, ['四'] = 4,
        ['五'] = 5, ['六'] = 6, ['七'] = 7, ['八'] = 8, ['九'] = 9,
    };

    private static readonly Dictionary<char, int> Multipliers = new() { ['十'] = 10, ['百'] = 100, ['千'] = 1000, ['万'] = 10000 };

    public static int? Parse(string text)
    {
        if (text.Length == 0 || text.Length > 12)
        {
            return null;
        }

        int total = 0, section = 0, digit = -1;
        foreach (var c in text)
        {
            if (Digits.TryGetValue(c, out var d))
            {
                digit = d;
            }
            else if (Multipliers.TryGetValue(c, out var m))
            {
                if (m == 10000)
                {
                    total = (section + Math.Max(digit, 0)) * m;
                    section = 0;
                }
                else
                {
                    section += (digit < 0 ? 1 : digit) * m;
                }

                digit = -1;
            }
            else
            {
                return null;
            }
        }

        return total + section + Math.Max(digit, 0);
    }
}
