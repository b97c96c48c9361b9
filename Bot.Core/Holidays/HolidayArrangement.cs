using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lianzheng.Core.Holidays;

/// <summary>The State Council's arrangement (放假调休) of one year: for each holiday the off days and the make-up
/// workdays. Published every year, usually in November of the year before; it cannot be computed.</summary>
public sealed record HolidayArrangement(
    [property: JsonPropertyName("year")] int Year,
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("holidays")] IReadOnlyList<ArrangedHoliday> Holidays)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        WriteIndented = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static IReadOnlyList<HolidayArrangement> ParseMany(string json) =>
        JsonSerializer.Deserialize<List<HolidayArrangement>>(json, Json) ?? [];

    /// <summary>Reads one year's arrangement (an object) or several (an array).</summary>
    public static IReadOnlyList<HolidayArrangement> Parse(string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return document.RootElement.ValueKind == JsonValueKind.Array
            ? ParseMany(json)
            : [JsonSerializer.Deserialize<HolidayArrangement>(json, Json) ?? throw new JsonException("empty")];
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>What is wrong with the arrangement, in words for the supervisor who imports it; empty when it is usable.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Year is < 2001 or > 2099)
        {
            problems.Add(HolidayTexts.ArrangementBadYear(Year));
        }

        if (Holidays is null || Holidays.Count == 0)
        {
            problems.Add(HolidayTexts.ArrangementEmpty);
            return problems;
        }

        if (Holidays.Any(h => h is null))
        {
            problems.Add(HolidayTexts.ArrangementEmptyItem);
            return problems;
        }

        foreach (var holiday in Holidays)
        {
            foreach (var key in holiday.Keys ?? [])
            {
                if (!HolidayKeys.All.Contains(key))
                {
                    problems.Add(HolidayTexts.ArrangementUnknownKey(key, string.Join("、", HolidayKeys.All)));
                }
            }

            if (holiday.Keys is null || holiday.Keys.Count == 0)
            {
                problems.Add(HolidayTexts.ArrangementNoKey);
            }

            if (holiday.LastOffDay < holiday.FirstOffDay || holiday.LastOffDay.DayNumber - holiday.FirstOffDay.DayNumber > 15)
            {
                problems.Add(HolidayTexts.ArrangementBadRange(string.Join(",", holiday.Keys ?? []), holiday.FirstOffDay, holiday.LastOffDay));
            }

            if (Math.Abs(holiday.FirstOffDay.Year - Year) > 1)
            {
                problems.Add(HolidayTexts.ArrangementWrongYear(string.Join(",", holiday.Keys ?? []), holiday.FirstOffDay, Year));
            }
        }

        return problems;
    }
}
