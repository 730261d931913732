using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Neraca.Web.Features.Shared;

namespace Neraca.Tests.Web.Browser;

/// <summary>
/// One demo server (the README's first command: demo data, reference tables, sample businesses) and one browser for
/// the whole page walk, so each walk case pays only for its own pages.
/// </summary>
public sealed partial class WalkFixture : IAsyncLifetime
{
    public BrowserFixture Browser { get; } = new();

    public NeracaWebFactory Factory { get; private set; } = null!;

    public Uri Address { get; private set; } = null!;

    /// <summary>A demo business (its detail and assessment pages are walked).</summary>
    public int BusinessId { get; private set; }

    /// <summary>A demo training program (its officer page is walked).</summary>
    public int ProgramId { get; private set; }

    /// <summary>A demo buyer inquiry (its officer page is walked).</summary>
    public int InquiryId { get; private set; }

    /// <summary>A business listed in the public catalog, when the demo has one (its public page is walked).</summary>
    public int? CatalogBusinessId { get; private set; }

    /// <summary>Phrases of our own texts, per language, that the other language never contains (see <see cref="Phrases"/>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ForeignPhrases { get; private set; } = new Dictionary<string, IReadOnlyList<string>>();

    public async Task InitializeAsync()
    {
        await Browser.InitializeAsync();
        Factory = await NeracaWebFactory.CreateAsync(settings: new Dictionary<string, string?> { ["Neraca:Demo"] = "true" });
        Address = Factory.StartKestrel();
        await using var db = Factory.Database.NewContext();
        BusinessId = await db.Businesses.OrderBy(b => b.Id).Select(b => b.Id).FirstAsync();
        ProgramId = await db.Programs.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync();
        InquiryId = await db.Inquiries.OrderBy(i => i.Id).Select(i => i.Id).FirstAsync();
        CatalogBusinessId = (await Neraca.Markets.PublicCatalog.SearchAsync(db, null, null, null, null, DateOnly.FromDateTime(DateTime.UtcNow))).FirstOrDefault()?.Id;
        var texts = new Texts();
        var rows = texts.Keys.Select(k => (Id: texts.Get(k, Neraca.Common.Formatting.Indonesian), En: texts.Get(k, Neraca.Common.Formatting.English))).ToList();
        ForeignPhrases = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            ["id"] = Phrases(rows.ConvertAll(r => (Own: r.En, Other: r.Id))),
            ["en"] = Phrases(rows.ConvertAll(r => (Own: r.Id, Other: r.En))),
        };
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Browser.DisposeAsync();
    }

    /// <summary>
    /// The phrases of one language that betray it on a page of the other: the literal parts (between {0} holes) of
    /// its texts, at least 12 characters and two words long, that appear in no text of the other language.
    /// </summary>
    private static List<string> Phrases(List<(string Own, string Other)> texts)
    {
        var others = texts.Select(t => t.Other).ToList();
        return [.. texts
            .Where(t => !string.Equals(t.Own, t.Other, StringComparison.Ordinal))
            .SelectMany(t => Hole().Split(t.Own))
            .Select(p => p.Trim(' ', ':', '.', ',', '(', ')', '·'))
            .Where(p => p.Length >= 12 && p.Contains(' ', StringComparison.Ordinal))
            .Where(p => !others.Any(o => o.Contains(p, StringComparison.Ordinal)))
            .Distinct(StringComparer.Ordinal)];
    }

    [GeneratedRegex(@"\{\d+[^}]*\}")]
    private static partial Regex Hole();
}
