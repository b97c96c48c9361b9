using System.Xml;

namespace Lianzheng.Bot.WeCom;

/// <summary>Reads WeCom's callback XML safely: no DTD (so no entity expansion or external entities), no resolver, and
/// only the top-level elements of &lt;xml&gt; by name (their order varies; values may be CDATA or plain text).</summary>
public static class WeComXml
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        MaxCharactersInDocument = 256 * 1024,
        CloseInput = true,
    };

    /// <summary>The text of each top-level element (nested elements are kept as their inner text), or null when the
    /// document is not well-formed XML with a single root.</summary>
    public static Dictionary<string, string>? Fields(string xml)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), Settings);
            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            if (reader.MoveToContent() != XmlNodeType.Element)
            {
                return null;
            }

            if (reader.IsEmptyElement)
            {
                return fields;
            }

            reader.Read();
            while (!reader.EOF)
            {
                if (reader.NodeType == XmlNodeType.Element)
                {
                    var name = reader.LocalName;
                    fields[name] = reader.ReadElementContentAsStringSafe();
                }
                else if (reader.NodeType == XmlNodeType.EndElement)
                {
                    reader.Read();
                    break;
                }
                else
                {
                    reader.Read();
                }
            }

            while (reader.Read())
            {
                // Reading to the end rejects trailing garbage and a second root.
            }

            return fields;
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private static string ReadElementContentAsStringSafe(this XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return "";
        }

        using var subtree = reader.ReadSubtree();
        subtree.Read();
        var text = new System.Text.StringBuilder();
        while (subtree.Read())
        {
            if (subtree.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace)
            {
                text.Append(subtree.Value);
            }
        }

        reader.Read();
        return text.ToString();
    }

    /// <summary>A CDATA section of any text (a "]]>" inside is split across two sections).</summary>
    public static string CData(string text) => "<![CDATA[" + text.Replace("]]>", "]]]]><![CDATA[>", StringComparison.Ordinal) + "]]>";
}
