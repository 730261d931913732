using Microsoft.EntityFrameworkCore;
using Neraca.Reference;
using Neraca.Storage;

namespace Neraca.Registry;

/// <summary>One suggested HS code with its description in Indonesian and English (either may be empty).</summary>
public sealed record HsSuggestion(string Code, string DescriptionId, string DescriptionEn);

/// <summary>
/// Suggests HS codes for a product from a text search of HS descriptions in Indonesian and English: the loaded
/// reference tables (BTKI heading names, UN nomenclature, BTKI tariff lines) when `neraca reference load` has run,
/// and always the built-in chapter titles. Every word of the query must start a word of the description.
/// </summary>
public static class HsSuggestions
{
    private const int CandidatesPerTable = 300;

    public static async Task<IReadOnlyList<HsSuggestion>> SearchAsync(NeracaDb db, string? query, int limit, CancellationToken ct)
    {
        var words = Words(query);
        if (words.Count == 0 || words.All(w => w.Length < 3))
        {
            return [];
        }

        // The database narrows by the longest word (a plain LIKE on both engines); word starts are checked here.
        var pattern = "%" + words.OrderByDescending(w => w.Length).First() + "%";
        var found = new List<HsSuggestion>();

        // ToLower() here is SQL lower() (LIKE is case-sensitive on PostgreSQL), not a .NET culture-dependent call.
#pragma warning disable CA1304, CA1311
        found.AddRange(await db.HsHeadingNames.AsNoTracking()
            .Where(h => EF.Functions.Like(h.DescriptionId.ToLower(), pattern) || EF.Functions.Like((h.DescriptionEn ?? "").ToLower(), pattern))
            .OrderBy(h => h.Hs4).Take(CandidatesPerTable)
            .Select(h => new HsSuggestion(h.Hs4, h.DescriptionId, h.DescriptionEn ?? "")).ToListAsync(ct));
        found.AddRange(await db.HsNomenclature.AsNoTracking()
            .Where(n => n.Level == 6 && EF.Functions.Like(n.DescriptionEn.ToLower(), pattern))
            .OrderBy(n => n.Code).Take(CandidatesPerTable)
            .Select(n => new HsSuggestion(n.Code, "", n.DescriptionEn)).ToListAsync(ct));
        found.AddRange(await db.BtkiLines.AsNoTracking()
            .Where(l => l.Digits > 4 && (EF.Functions.Like(l.DescriptionId.ToLower(), pattern) || EF.Functions.Like(l.DescriptionEn.ToLower(), pattern)))
            .OrderBy(l => l.Code).Take(CandidatesPerTable)
            .Select(l => new HsSuggestion(l.Code, l.DescriptionId, l.DescriptionEn)).ToListAsync(ct));
#pragma warning restore CA1304, CA1311
        found.AddRange(HsChapters.All.Where(c => c.Hs2 != "77").Select(c => new HsSuggestion(c.Hs2, c.TitleId, c.TitleEn)));

        return [.. found
            .Where(s => HsProductCode.IsValid(s.Code) && Matches(s, words))
            .GroupBy(s => s.Code, StringComparer.Ordinal)
            .Select(Merge)
            .OrderByDescending(s => Rank(s, words))
            // A heading is the useful answer for a product; a bare chapter is the last resort.
            .ThenBy(s => s.Code.Length == 2 ? 99 : s.Code.Length)
            .ThenBy(s => s.Code, StringComparer.Ordinal)
            .Take(limit)];
    }

    public static List<string> Words(string? text) =>
        [.. (text ?? "").ToLowerInvariant().Split(Separators, StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 2).Distinct(StringComparer.Ordinal).Take(5)];

    private static readonly char[] Separators = [' ', ',', ';', '.', '(', ')', '/', '-', ':', '\t'];

    private static bool Matches(HsSuggestion s, List<string> words)
    {
        var id = Words(s.DescriptionId);
        var en = Words(s.DescriptionEn);
        return words.All(w => id.Any(x => x.StartsWith(w, StringComparison.Ordinal))) || words.All(w => en.Any(x => x.StartsWith(w, StringComparison.Ordinal)));
    }

    /// <summary>Higher when the description begins with a query word (the heading is about it, not a mention).</summary>
    private static int Rank(HsSuggestion s, List<string> words)
    {
        var first = new[] { Words(s.DescriptionId).FirstOrDefault(), Words(s.DescriptionEn).FirstOrDefault() };
        return words.Count(w => first.Any(f => f is not null && f.StartsWith(w, StringComparison.Ordinal)));
    }

    /// <summary>The same code from several tables: keep a non-empty description in each language.</summary>
    private static HsSuggestion Merge(IGrouping<string, HsSuggestion> g) => new(
        g.Key,
        g.Select(s => s.DescriptionId).FirstOrDefault(d => d.Length > 0) ?? "",
        g.Select(s => s.DescriptionEn).FirstOrDefault(d => d.Length > 0) ?? "");
}
