using Sylvan.Data.Csv;

namespace Neraca.Reference;

/// <summary>
/// Resolves the partner-country names found in BPS files (upper-case English, often old UN spellings) as well as
/// ISO codes and CLDR English/Indonesian names to ISO 3166-1 alpha-2.
/// </summary>
public static class CountryNames
{
    private static readonly Lazy<Catalog> Data = new(Catalog.Load);

    public static IReadOnlyCollection<CountryInfo> All => Data.Value.ByIso2.Values;

    /// <summary>ISO alpha-2 for a BPS name, an alpha-2/alpha-3 code or a CLDR name; null when unknown.</summary>
    public static string? ResolveIso2(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        return Data.Value.ByKey.GetValueOrDefault(NameKey.Of(name));
    }

    public static CountryInfo? Get(string? iso2) =>
        iso2 is null ? null : Data.Value.ByIso2.GetValueOrDefault(iso2.Trim());

    /// <summary>The country's name in "id" or "en"; an unknown code is shown as given so a report never loses a row label.</summary>
    public static string DisplayName(string iso2, string language) => Get(iso2)?.Name(language) ?? iso2;

    private sealed class Catalog
    {
        public Dictionary<string, CountryInfo> ByIso2 { get; } = new(StringComparer.OrdinalIgnoreCase);

        public Dictionary<string, string> ByKey { get; } = new(StringComparer.Ordinal);

        public static Catalog Load()
        {
            var catalog = new Catalog();
            // BPS aliases go first: on a (so far hypothetical) key clash the spelling BPS actually uses wins.
            foreach (var (bpsName, iso2) in EmbeddedCsv.Read("bps_country_aliases.csv", r => (r.Field("bps_name"), r.Field("alpha2"))))
            {
                catalog.ByKey.TryAdd(NameKey.Of(bpsName), iso2);
            }

            catalog.AddAll(EmbeddedCsv.Read("countries.csv", r => ToInfo(r, note: null)));
            catalog.AddAll(EmbeddedCsv.Read("countries_supplement.csv", r => ToInfo(r, r.OptionalField("note"))));
            return catalog;
        }

        private static CountryInfo ToInfo(CsvDataReader r, string? note) =>
            new(r.Field("alpha2"), r.Field("alpha3"), r.Field("name_en"), r.Field("name_id"), note);

        private void AddAll(IEnumerable<CountryInfo> countries)
        {
            foreach (var country in countries)
            {
                ByIso2[country.Iso2] = country;
                foreach (var name in new[] { country.Iso2, country.Iso3, country.NameEn, country.NameId })
                {
                    ByKey.TryAdd(NameKey.Of(name), country.Iso2);
                }
            }
        }
    }
}
