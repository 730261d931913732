namespace Neraca.Common;

/// <summary>The names users and files give a flow: export/import, Indonesian ekspor/impor, BPS's X/M (any case).</summary>
public static class FlowNames
{
    /// <summary>The name a flow has in our CSV, JSON and URLs: `export` or `import`.</summary>
    public static string Of(Flow flow) => flow == Flow.Export ? "export" : "import";

    public static Flow? Parse(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (IsAny(text, "export", "ekspor", "x"))
        {
            return Flow.Export;
        }

        return IsAny(text, "import", "impor", "m") ? Flow.Import : null;
    }

    private static bool IsAny(ReadOnlySpan<char> text, string a, string b, string c) =>
        text.Equals(a, StringComparison.OrdinalIgnoreCase) || text.Equals(b, StringComparison.OrdinalIgnoreCase) || text.Equals(c, StringComparison.OrdinalIgnoreCase);
}
