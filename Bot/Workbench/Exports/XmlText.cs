using System.Text;
using System.Xml;

namespace Lianzheng.Bot.Workbench.Exports;

/// <summary>Text made safe for an Office file's XML, for the exports and the work report alike.</summary>
public static class XmlText
{
    /// <summary>Leaves out the characters XML cannot carry (a vertical tab, Word's manual line break, becomes a line
    /// break; half of a broken surrogate pair is dropped), so a text pasted from elsewhere never makes an export fail.</summary>
    public static string Clean(string text)
    {
        StringBuilder? clean = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (pair || XmlConvert.IsXmlChar(c))
            {
                clean?.Append(c);
                if (pair)
                {
                    clean?.Append(text[++i]);
                }

                continue;
            }

            clean ??= new StringBuilder(text.Length).Append(text, 0, i);
            if (c == '\v')
            {
                clean.Append('\n');
            }
        }

        return clean?.ToString() ?? text;
    }
}
