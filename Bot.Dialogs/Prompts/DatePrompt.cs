using Lianzheng.Core.Texts;
using Lianzheng.Dialogs.Engine;

namespace Lianzheng.Dialogs.Prompts;

/// <summary>A date in Chinese forms; <see cref="DatePromptOptions.Preference"/> places a date without a year,
/// <see cref="DatePromptOptions.NotBefore"/> and <see cref="DatePromptOptions.NotAfter"/> bound it.</summary>
public sealed class DatePrompt(string id, PromptValidator<DateOnly>? validator = null) : Prompt<DateOnly, DatePromptOptions>(id, validator)
{
    protected override Recognition<DateOnly> Recognize(TurnContext turn, string text, DatePromptOptions options)
    {
        var example = Example(options, "12月5日");
        if (ChineseDateParser.Parse(text, turn.Today, options.Preference) is not { } date)
        {
            return Recognition<DateOnly>.Fail(PromptTexts.DateNotRecognized(text));
        }

        if (options.NotBefore is { } notBefore && date < notBefore)
        {
            return Recognition<DateOnly>.Fail(PromptTexts.DateTooEarly(DomainNames.Date(notBefore), example));
        }

        return options.NotAfter is { } notAfter && date > notAfter
            ? Recognition<DateOnly>.Fail(PromptTexts.DateTooLate(DomainNames.Date(notAfter), example))
            : Recognition<DateOnly>.Ok(date);
    }
}
