using System.Globalization;
using Lianzheng.Core.Texts;
using Lianzheng.Dialogs.Engine;
using Lianzheng.Dialogs.Texts;

namespace Lianzheng.Dialogs.Prompts;

/// <summary>A date in Chinese forms; Validations.preference (Future/Past/Nearest) places a date without a year,
/// notBefore/notAfter (yyyy-MM-dd) bound it.</summary>
public sealed class DatePrompt(string id, PromptValidator<DateOnly>? validator = null) : Prompt<DateOnly>(id, validator)
{
    public const string Format = "yyyy-MM-dd";

    protected override Recognition<DateOnly> Recognize(TurnContext turn, string text, PromptOptions options)
    {
        var preference = Enum.TryParse<DatePreference>(ValidationString(options, "preference"), out var p) ? p : DatePreference.Nearest;
        var example = Example(options, "12月5日");
        if (ChineseDateParser.Parse(text, turn.Today, preference) is not { } date)
        {
            return Recognition<DateOnly>.Fail(string.Format(CultureInfo.InvariantCulture, PromptTexts.DateNotRecognized, text));
        }

        if (Bound(options, "notBefore") is { } notBefore && date < notBefore)
        {
            return Recognition<DateOnly>.Fail(string.Format(CultureInfo.InvariantCulture, PromptTexts.DateTooEarly, Show(notBefore), example));
        }

        return Bound(options, "notAfter") is { } notAfter && date > notAfter
            ? Recognition<DateOnly>.Fail(string.Format(CultureInfo.InvariantCulture, PromptTexts.DateTooLate, Show(notAfter), example))
            : Recognition<DateOnly>.Ok(date);
    }

    public static System.Text.Json.Nodes.JsonObject Bounds(DatePreference preference, DateOnly? notBefore = null, DateOnly? notAfter = null)
    {
        var validations = new System.Text.Json.Nodes.JsonObject { ["preference"] = preference.ToString() };
        if (notBefore is { } from)
        {
            validations["notBefore"] = from.ToString(Format, CultureInfo.InvariantCulture);
        }

        if (notAfter is { } to)
        {
            validations["notAfter"] = to.ToString(Format, CultureInfo.InvariantCulture);
        }

        return validations;
    }

    private static DateOnly? Bound(PromptOptions options, string key) =>
        ValidationString(options, key) is { } value ? DateOnly.ParseExact(value, Format, CultureInfo.InvariantCulture) : null;

    private static string Show(DateOnly date) => DomainNames.Date(date);
}
