using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Neraca.Reference;
using Neraca.Storage;

namespace Neraca.Markets;

/// <summary>
/// Trade agreements by date and the market requirement rules (docs/decisions/0023). The office edits both as CSV and
/// loads them with `neraca reference load`; until a table has been loaded once, the built-in tables (typed from public
/// knowledge, Reference/Data/trade_agreements.csv and market_requirements.csv) apply and the ranking says so.
/// </summary>
public sealed class MarketRules(IReadOnlyList<TradeAgreement> agreements, IReadOnlyList<MarketRequirement> requirements, bool agreementsBuiltIn, bool requirementsBuiltIn)
{
    public const string EveryMarket = "*";

    private static readonly Lazy<List<TradeAgreement>> DefaultAgreements = new(() => EmbeddedCsv.Read("trade_agreements.csv", r => new TradeAgreement
    {
        Code = r.Field("code"),
        Partner = r.Field("partner"),
        NameEn = r.Field("name_en"),
        NameId = r.Field("name_id"),
        InForceFrom = Date(r.Field("in_force_from")),
        InForceUntil = r.OptionalField("in_force_until") is { } until ? Date(until) : null,
    }));

    private static readonly Lazy<List<MarketRequirement>> DefaultRequirements = new(() => EmbeddedCsv.Read("market_requirements.csv", r => new MarketRequirement
    {
        Market = r.Field("market"),
        HsPrefix = r.Field("hs_prefix"),
        Code = r.Field("code"),
        Certification = r.OptionalField("certification"),
        LabelEn = r.Field("label_en"),
        LabelId = r.Field("label_id"),
    }));

    /// <summary>The built-in tables only (unit tests, and a database where neither was loaded).</summary>
    public static MarketRules BuiltIn { get; } = new(DefaultAgreements.Value, DefaultRequirements.Value, true, true);

    public bool AgreementsBuiltIn { get; } = agreementsBuiltIn;
    public bool RequirementsBuiltIn { get; } = requirementsBuiltIn;

    public static async Task<MarketRules> LoadAsync(NeracaDb db, CancellationToken ct = default)
    {
        var loaded = await db.ReferenceLoads.Where(l => l.Table == "trade_agreement" || l.Table == "market_requirement")
            .Select(l => l.Table).Distinct().ToListAsync(ct);
        var agreementsLoaded = loaded.Contains("trade_agreement");
        var requirementsLoaded = loaded.Contains("market_requirement");
        return new MarketRules(
            agreementsLoaded ? await db.TradeAgreements.AsNoTracking().ToListAsync(ct) : DefaultAgreements.Value,
            requirementsLoaded ? await db.MarketRequirements.AsNoTracking().ToListAsync(ct) : DefaultRequirements.Value,
            !agreementsLoaded, !requirementsLoaded);
    }

    /// <summary>Agreements with the market in force on the date, by code.</summary>
    public IReadOnlyList<TradeAgreement> AgreementsOn(string iso2, DateOnly date) =>
        [.. agreements.Where(a => string.Equals(a.Partner, iso2, StringComparison.OrdinalIgnoreCase) && a.InForceOn(date)).OrderBy(a => a.InForceFrom).ThenBy(a => a.Code, StringComparer.Ordinal)];

    /// <summary>
    /// The requirements of a market for an HS code: rules of the country itself, of a group it belongs to on the date, or
    /// of every market, whose prefix the code starts with. One per requirement code, the most specific prefix winning.
    /// </summary>
    public IReadOnlyList<MarketRequirement> RequirementsFor(string iso2, string hs, DateOnly date) =>
        [.. requirements
            .Where(r => hs.StartsWith(r.HsPrefix, StringComparison.Ordinal) && Applies(r.Market, iso2, date))
            .GroupBy(r => r.Code, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(r => r.HsPrefix.Length).First())
            .OrderBy(r => r.Code, StringComparer.Ordinal)];

    private static bool Applies(string market, string iso2, DateOnly date) =>
        market == EveryMarket
        || (IsGroup(market) ? CountryGroups.IsMember(market, iso2, date) : string.Equals(market, iso2, StringComparison.OrdinalIgnoreCase));

    /// <summary>A group code (EU is two letters like a country, so the group list decides).</summary>
    internal static bool IsGroup(string market) => CountryGroups.Codes.Contains(market, StringComparer.OrdinalIgnoreCase);

    private static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
