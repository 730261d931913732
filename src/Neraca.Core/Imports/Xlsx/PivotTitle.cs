using System.Globalization;
using System.Text.RegularExpressions;
using Neraca.Common;

namespace Neraca.Imports.Xlsx;

/// <summary>The title in A1, e.g. "Ekspor HS 2 Digit Tahun 2024,2023": flow (when named) and the set of years.</summary>
internal sealed partial record PivotTitle(Flow? Flow, bool FlowAmbiguous, IReadOnlySet<short> Years)
{
    public static PivotTitle Parse(string? text)
    {
        text ??= "";
        var export = ExportWord().IsMatch(text);
        var import = ImportWord().IsMatch(text);
        Flow? flow = export == import ? null : export ? Common.Flow.Export : Common.Flow.Import;

        var years = new HashSet<short>();
        if (YearList().Match(text) is { Success: true } match)
        {
            foreach (var part in match.Groups["years"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                years.Add(short.Parse(part, NumberStyles.None, CultureInfo.InvariantCulture));
            }
        }

        return new PivotTitle(flow, export && import, years);
    }

    [GeneratedRegex(@"\b(Ekspor|Export)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExportWord();

    [GeneratedRegex(@"\b(Impor|Import)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ImportWord();

    [GeneratedRegex(@"\bTahun\s+(?<years>\d{4}(\s*,\s*\d{4})*)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearList();
}
