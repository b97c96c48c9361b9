using Lianzheng.Core.Texts;
using Lianzheng.Dialogs.Engine;

namespace Lianzheng.Dialogs.Prompts;

/// <summary>A date in the forms <see cref="ChineseDateParser"/> reads; <see cref="DatePromptOptions.Preference"/>
/// places a date without a year, <see cref="DatePromptOptions.NotBefore"/> and <see cref="DatePromptOptions.NotAfter"/>
/// bound it. An impossible date is answered precisely (2月没有30日); an accepted one is echoed with its weekday, and for a
/// lunar answer in both calendars, ahead of the next question, so that a misread date is seen at once.</summary>
public sealed class DatePrompt(string id, PromptValidator<DateOnly>? validator = null) : Prompt<DateOnly, DatePromptOptions>(id, validator)
{
    protected override Recognition<DateOnly> Recognize(TurnContext turn, string text, DatePromptOptions options)
    {
        var example = Example(options, "12月5日");
        var reading = ChineseDateParser.Read(text, turn.Today, options.Preference);
        if (reading.Date is not { } date)
        {
            return Recognition<DateOnly>.Fail(reading.Problem is { } problem
                ? PromptTexts.DateImpossible(problem, example)
                : PromptTexts.DateNotRecognized(text));
        }

        if (options.NotBefore is { } notBefore && date < notBefore)
        {
            return Recognition<DateOnly>.Fail(PromptTexts.DateTooEarly(DomainNames.Date(notBefore), example));
        }

        return options.NotAfter is { } notAfter && date > notAfter
            ? Recognition<DateOnly>.Fail(PromptTexts.DateTooLate(DomainNames.Date(notAfter), example))
            : Recognition<DateOnly>.Ok(date, PromptTexts.DateEcho(reading.Describe()!));
    }
}
