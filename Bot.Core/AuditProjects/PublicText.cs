namespace Lianzheng.Core.AuditProjects;

/// <summary>Text from the public 廉政回访 page, made inert before it is shown in chat: Teams renders a card's text as
/// markdown, so a "[查看](https://…)" typed by whoever scanned the poster would arrive as a link in a message from the
/// bureau's own bot. The characters that make markdown (links, emphasis, code, headings, lists, HTML) become their
/// full-width forms, which read the same to a Chinese reader and format nothing; "://" loses its slashes' meaning too.</summary>
public static class PublicText
{
    private static readonly (char Ascii, char FullWidth)[] Replacements =
    [
        ('[', '［'), (']', '］'), ('(', '（'), (')', '）'), ('*', '＊'), ('_', '＿'), ('`', '｀'), ('#', '＃'), ('<', '＜'), ('>', '＞'),
        ('~', '～'), ('|', '｜'), ('\\', '＼'), ('!', '！'), (':', '：'), ('-', '－'), ('+', '＋'),
    ];

    public static string? Inert(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            foreach (var (ascii, fullWidth) in Replacements)
            {
                if (chars[i] == ascii)
                {
                    chars[i] = fullWidth;
                    break;
                }
            }
        }

        return new string(chars);
    }
}
