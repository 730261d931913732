namespace Neraca.Imports.WebApi;

/// <summary>
/// Recognises an HTML page where API data was expected. A firewall or proxy answers with an HTML page, often with
/// HTTP 200; importing it as "no trade" would silently lose a month, so it is reported with its title.
/// </summary>
internal static class HtmlPage
{
    public static bool Looks(string text) => text.AsSpan().TrimStart().StartsWith("<", StringComparison.Ordinal);

    public static TradeFileException Error(string fileName, string page, int? httpStatus)
    {
        var title = Title(page);
        var reason = (httpStatus, title) switch
        {
            (null, null) => ImportMessage.Of("json.html"),
            ({ } code, null) => ImportMessage.Of("json.html.http", code),
            (null, { } t) => ImportMessage.Of("json.html.titled", t),
            ({ } code, { } t) => ImportMessage.Of("json.html.http.titled", code, t),
        };
        return new TradeFileException(fileName, reason);
    }

    /// <summary>The text of the first &lt;title&gt; element with its whitespace collapsed, or null.</summary>
    public static string? Title(string page)
    {
        var open = page.IndexOf("<title", StringComparison.OrdinalIgnoreCase);
        if (open < 0)
        {
            return null;
        }

        var textStart = page.IndexOf('>', open);
        var close = textStart < 0 ? -1 : page.IndexOf("</title", textStart, StringComparison.OrdinalIgnoreCase);
        if (close < 0)
        {
            return null;
        }

        var words = page[(textStart + 1)..close].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? null : string.Join(' ', words);
    }
}
