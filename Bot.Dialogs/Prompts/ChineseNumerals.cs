namespace Lianzheng.Dialogs.Prompts;

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
