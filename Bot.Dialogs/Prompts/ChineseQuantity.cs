using System.Globalization;
using System.Text.RegularExpressions;

namespace Lianzheng.Dialogs.Prompts;

/// <summary>Reads a count as people give one: 12, 12桌, 一百二十人, 共12桌; approximations — 约100人, 100人左右,
/// 十来桌, 十几桌, 100多人, 八九桌, 8到10桌, 不超过10桌 — are marked so that the prompt asks before it records one (a
/// range counts as its upper end, the figure a limit is checked against).</summary>
internal static partial class ChineseQuantity
{
    /// <summary>Units of one kind of thing; 个 goes with any.</summary>
    private static readonly Dictionary<string, string> Families = new(StringComparer.Ordinal)
    {
        ["桌"] = "桌", ["席"] = "桌", ["人"] = "人", ["个人"] = "人", ["位"] = "人", ["名"] = "人", ["口"] = "人",
        ["辆"] = "辆", ["台"] = "辆", ["天"] = "天", ["日"] = "天", ["元"] = "元", ["块"] = "元", ["件"] = "件", ["份"] = "件", ["次"] = "次",
    };

    public static Quantity? Read(string text)
    {
        var input = Normalize(text);
        if (Pattern().Match(input) is not { Success: true } match || Value(match.Groups["n"].Value) is not { } value)
        {
            return null;
        }

        var approximate = match.Groups["pre"].Value is not ("" or "共" or "一共" or "总共" or "有")
            || match.Groups["post"].Success || match.Groups["more"].Success || IsTwoFigures(match.Groups["n"].Value);
        if (match.Groups["n2"].Success)
        {
            if (Value(match.Groups["n2"].Value) is not { } upper || upper < value)
            {
                return null;
            }

            (value, approximate) = (upper, true);
        }

        if (match.Groups["sign"].Success)
        {
            value = -value;
        }

        return new Quantity(value, match.Groups["unit"].Success ? match.Groups["unit"].Value : null, approximate);
    }

    /// <summary>Whether a unit written after a number is of another kind than the one asked for (12桌 to a 人数 question).</summary>
    public static bool IsOtherKind(string? written, string? asked) =>
        written is not null && asked is not null && Families.TryGetValue(written, out var a) && Families.TryGetValue(asked, out var b) && a != b;

    /// <summary>Whether a written unit is of the kind asked for (席 is 桌, 位 and 名 are 人).</summary>
    public static bool IsSameKind(string written, string asked) =>
        Families.TryGetValue(written, out var a) && Families.TryGetValue(asked, out var b) && a == b;

    private static int? Value(string number) =>
        int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : ChineseNumerals.Parse(number);

    /// <summary>八九, 十七八: two figures side by side, a range in Chinese.</summary>
    private static bool IsTwoFigures(string number) => TwoFigures().IsMatch(number);

    private static string Normalize(string text)
    {
        var chars = text.Trim().Select(c => c is >= '０' and <= '９' ? (char)(c - '０' + '0') : c).Where(c => !char.IsWhiteSpace(c));
        return Closing().Replace(new string([.. chars]), "");
    }

    [GeneratedRegex(@"[。.！!，,~～]+$")]
    private static partial Regex Closing();

    [GeneratedRegex(@"[一二两三四五六七八九]{2}$")]
    private static partial Regex TwoFigures();

    private const string Figure = @"\d{1,10}|[零〇一二两三四五六七八九十百千万]{1,8}";

    private const string Around = "大约有|约有|大约|大概|差不多|估计|将近|接近|近|不到|不超过|最多|至多|控制在|约|共|一共|总共|有";

    [GeneratedRegex("^(?<pre>" + Around + ")?(?<sign>-)?(?<n>" + Figure + ")(?:(?:[-~～到至])(?<n2>" + Figure + ")|(?<more>多|余|来|几))?"
        + "(?<unit>个人|桌|席|人|位|名|口|个|辆|台|天|日|元|块|件|份|次)?(?<post>左右|上下|以内|以下|之内|内|多|余)?$")]
    private static partial Regex Pattern();
}
