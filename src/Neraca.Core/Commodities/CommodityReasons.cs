using System.Globalization;

namespace Neraca.Commodities;

/// <summary>
/// Why an analysis refuses or qualifies a figure because of the level of the data (issue 11, item 5;
/// docs/decisions/0031-classifications-at-the-right-level.md): stable codes for JSON and their Indonesian and English
/// texts for the CLI (the page has the same texts in Features/Commodities/texts.tsv).
/// </summary>
public static class CommodityReasons
{
    /// <summary>Unit values need HS codes of at least this many digits: a chapter or heading mixes unlike goods.</summary>
    public const int UnitValueDigits = 6;

    /// <summary>Unit values: data reported with fewer than 6 digits were left out (or all of it: nothing computed).</summary>
    public const string TooCoarse = "too_coarse";

    /// <summary>RCA, HHI, import watch: the data have fewer digits than asked, so "products" are chapters or headings.</summary>
    public const string CoarserThanAsked = "coarser_than_asked";

    /// <summary>The finest HS code length in the facts (0 = none or only unspecified codes).</summary>
    public static int Digits(IEnumerable<CommodityFact>? facts) => facts?.Select(f => f.Hs.Length).DefaultIfEmpty(0).Max() ?? 0;

    /// <summary>The reason's sentence in the reader's language; <paramref name="digits"/> is the finest digits loaded, <paramref name="asked"/> the digits asked.</summary>
    public static string Text(string reason, bool indonesian, int digits = 0, int asked = UnitValueDigits) => (reason, indonesian) switch
    {
        (TooCoarse, true) => F("Nilai satuan hanya dihitung dari kode HS {0} digit atau lebih; data yang dilaporkan dengan kurang dari {0} digit tidak dihitung (US$/kg satu bab mencampur barang yang berbeda).", UnitValueDigits),
        (TooCoarse, false) => F("Unit values are computed from HS codes of {0} digits or more only; data reported with fewer than {0} digits are left out (a chapter's US$/kg mixes unlike goods).", UnitValueDigits),
        (CoarserThanAsked, true) => F("Data hanya sampai {0} digit HS, lebih kasar dari {1} digit yang diminta: baris dan \"produk\" di sini adalah kode HS{0}, bukan produk {1} digit.", digits, asked),
        (CoarserThanAsked, false) => F("The data have at most {0} HS digits, coarser than the {1} asked: rows and \"products\" here are HS{0} codes, not {1}-digit products.", digits, asked),
        _ => reason,
    };

    /// <summary>The notes of an analysis's reasons in the reader's language (the CLI's table caption).</summary>
    public static IEnumerable<string> Notes(AnalysisHeader result, bool indonesian)
    {
        var (reason, digits, asked) = result switch
        {
            UnitValueResult u => (u.Reason, 0, UnitValueDigits),
            UnitValueTrendResult t => (t.Reason, 0, UnitValueDigits),
            RcaResult r => (r.Reason, r.DataDigits, r.Digits),
            ConcentrationResult c => (c.Reason, c.DataDigits, c.Digits),
            _ => (null, 0, 0),
        };
        if (reason is not null)
        {
            yield return Text(reason, indonesian, digits, asked);
        }
    }

    private static string F(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
