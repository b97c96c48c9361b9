using System.Security.Cryptography;

namespace Lianzheng.Core.AuditProjects;

/// <summary>Codes that open a page without signing in: 256 random bits, URL-safe, so guessing one is hopeless.</summary>
public static class AccessCodes
{
    /// <summary>The length of a code: 32 bytes in unpadded base64url.</summary>
    public const int Length = 43;

    public static string New()
    {
        return Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>Whether a text could be a code at all; anything else is turned away before the database is asked.</summary>
    public static bool IsWellFormed(string? code) =>
        code is { Length: Length } && code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
