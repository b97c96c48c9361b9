using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lianzheng.Core.Holidays;

/// <summary>One holiday of an arrangement: the holiday (or holidays, when two are taken together, as 国庆 and 中秋 in
/// 2025) it is for, its off days from first to last, and the weekend days that are worked in exchange.</summary>
public sealed record ArrangedHoliday(
    [property: JsonPropertyName("keys")] IReadOnlyList<string> Keys,
    [property: JsonPropertyName("firstOffDay")] DateOnly FirstOffDay,
    [property: JsonPropertyName("lastOffDay")] DateOnly LastOffDay,
    [property: JsonPropertyName("workdays")] IReadOnlyList<DateOnly>? Workdays);
