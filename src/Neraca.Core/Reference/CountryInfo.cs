namespace Neraca.Reference;

/// <summary>One country or territory: ISO 3166-1 codes with CLDR English and Indonesian names.</summary>
/// <param name="Note">Set only for entries outside current ISO 3166-1 (historical AN, user-assigned XK).</param>
public sealed record CountryInfo(string Iso2, string Iso3, string NameEn, string NameId, string? Note)
{
    public string Name(string language) => Language.Pick(language, NameId, NameEn);
}
