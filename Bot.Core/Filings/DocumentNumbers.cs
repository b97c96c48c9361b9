namespace Lianzheng.Core.Filings;

/// <summary>How a travel document's number is shown to anyone but the custodian: the first character and the last three,
/// the rest as *, so that the holder can tell which document is meant and nobody else can copy it (E12345678 → E*****678).</summary>
public static class DocumentNumbers
{
    public static string Mask(string? number)
    {
        var trimmed = number?.Trim() ?? "";
        return trimmed.Length switch
        {
            0 => "",
            <= 4 => new string('*', trimmed.Length - 1) + trimmed[^1],
            _ => trimmed[0] + new string('*', trimmed.Length - 4) + trimmed[^3..],
        };
    }
}
