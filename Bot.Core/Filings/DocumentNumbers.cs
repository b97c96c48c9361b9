namespace Lianzheng.Core.Filings;

/// <summary>How a travel document's number is shown to anyone but the custodian: its first characters (half of it rounded up, at
/// most 5, at least 1) and a star for each of the rest, e.g. E12345678 → E1234****.</summary>
public static class DocumentNumbers
{
    private const int MaxShown = 5;

    public static string Mask(string? number)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            return "";
        }

        var trimmed = number.Trim();
        var shown = Math.Clamp((trimmed.Length + 1) / 2, 1, MaxShown);
        return trimmed[..shown] + new string('*', trimmed.Length - shown);
    }
}
