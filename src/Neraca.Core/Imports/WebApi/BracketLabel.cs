namespace Neraca.Imports.WebApi;

/// <summary>BPS WebAPI labels carry a code in brackets: <c>[03] Fish, crustaceans and mollusca</c>, <c>[11] November</c>.</summary>
internal static class BracketLabel
{
    /// <summary>Splits "[code] text" into its parts; a bare code ("03") is accepted with no text.</summary>
    public static bool TrySplit(string label, out string code, out string text)
    {
        var trimmed = label.AsSpan().Trim();
        code = "";
        text = "";
        if (trimmed.Length > 0 && trimmed[0] == '[')
        {
            var close = trimmed.IndexOf(']');
            if (close < 2)
            {
                return false;
            }

            code = trimmed[1..close].Trim().ToString();
            text = trimmed[(close + 1)..].Trim().ToString();
        }
        else
        {
            code = trimmed.ToString();
        }

        return code.Length > 0 && !code.AsSpan().ContainsAnyExceptInRange('0', '9');
    }
}
