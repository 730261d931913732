using System.Text;
using System.Xml;

namespace Neraca.Imports.Xlsx;

/// <summary>XML helpers shared by the workbook parts.</summary>
internal static class XmlText
{
    /// <summary>No DTDs and no external resolution: an uploaded file must not make the server fetch or expand entities.</summary>
    public static XmlReaderSettings SafeSettings { get; } = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = false,
        CloseInput = true,
    };

    /// <summary>
    /// Text of a shared-string item or inline string (reader on &lt;si&gt; or &lt;is&gt;): the &lt;t&gt; runs joined,
    /// without phonetic runs (&lt;rPh&gt;), which Excel stores beside the text but does not display.
    /// </summary>
    public static string ReadRichText(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            return "";
        }

        var text = new StringBuilder();
        using (var sub = reader.ReadSubtree())
        {
            sub.Read();
            sub.Read();
            while (!sub.EOF)
            {
                if (sub.NodeType == XmlNodeType.Element && sub.LocalName == "rPh")
                {
                    sub.Skip();
                }
                else if (sub.NodeType == XmlNodeType.Element && sub.LocalName == "t")
                {
                    text.Append(sub.ReadElementContentAsString());
                }
                else
                {
                    sub.Read();
                }
            }
        }

        return text.ToString();
    }
}
