using System.Globalization;
using Neraca.Accounts;

namespace Neraca.Registry;

/// <summary>
/// A business as typed: the web form's fields, a spreadsheet row's cells, or the API's JSON turned into text
/// (<see cref="RegistryValues.Text"/>). Province may be empty: then the caller's default (the import's province,
/// the record's current one) or the regency code's first two digits.
/// </summary>
public sealed record BusinessText(
    string? Name, string? Nib, string? LegalForm, string? KbliCodes, string? Kind, string? Capital, string? Sales,
    string? Province, string? Regency, string? Address, string? Phone, string? Email, string? Website,
    string? OwnerName, string? OwnerGender, string? Employees, string? FoundedYear, string? CatalogConsent);

/// <summary>A business's own fields after <see cref="BusinessRules.Parse"/>: valid, normalized, ready to copy.</summary>
public sealed record BusinessValues(
    string Name, string Nib, string LegalForm, string KbliCodes, BusinessKind Kind, decimal? Capital, decimal? Sales,
    short Province, short Regency, string Address, string Phone, string Email, string Website,
    string OwnerName, string OwnerGender, int? Employees, int? FoundedYear, bool CatalogConsent)
{
    public void CopyTo(Business b)
    {
        b.Name = Name;
        b.Nib = Nib;
        b.LegalForm = LegalForm;
        b.KbliCodes = KbliCodes;
        b.Kind = Kind;
        b.CapitalRupiah = Capital;
        b.AnnualSalesRupiah = Sales;
        b.ProvinceCode = Province;
        b.RegencyCode = Regency;
        b.Address = Address;
        b.Phone = Phone;
        b.Email = Email;
        b.Website = Website;
        b.OwnerName = OwnerName;
        b.OwnerGender = OwnerGender;
        b.Employees = Employees;
        b.FoundedYear = FoundedYear;
        b.CatalogConsent = CatalogConsent;
    }

    /// <summary>
    /// True when a field an officer vouched for by verifying differs (identity, place, size; not contacts or consent):
    /// an owner changing one sends the business back to review (docs/decisions/0019-registry-rules-in-core.md).
    /// </summary>
    public bool ChangesVerifiedFields(Business b) =>
        Name != b.Name || Nib != b.Nib || LegalForm != b.LegalForm || KbliCodes != b.KbliCodes || Kind != b.Kind
        || Capital != b.CapitalRupiah || Sales != b.AnnualSalesRupiah || Province != b.ProvinceCode || Regency != b.RegencyCode
        || OwnerName != b.OwnerName;
}

/// <summary>The one parse-and-validate of a business, used by the API, the pages and the bulk import.</summary>
public static class BusinessRules
{
    public const int MaxEmployees = 1_000_000;
    public const int FirstYear = 1900;

    /// <summary>Field names as in the API's JSON; the import maps its columns onto them.</summary>
    public static class Fields
    {
        public const string Name = "name", Nib = "nib", LegalForm = "legalForm", Kbli = "kbliCodes", Kind = "kind", Capital = "capitalRupiah",
            Sales = "annualSalesRupiah", Province = "provinceCode", Regency = "regencyCode", Address = "address", Phone = "phone", Email = "email",
            Website = "website", OwnerName = "ownerName", Gender = "ownerGender", Employees = "employees", Founded = "foundedYear", Consent = "catalogConsent";
    }

    /// <param name="defaultProvince">The province when the text gives none and the regency code does not say.</param>
    public static (BusinessValues? Values, List<RegistryError> Errors) Parse(BusinessText t, ProvinceScope scope, short? defaultProvince)
    {
        var errors = new List<RegistryError>();
        void Fail(string field, string code, params string[] args) => errors.Add(new RegistryError(field, code, args));

        var name = Bounded(t.Name, Fields.Name, 200, errors);
        if (name.Length == 0)
        {
            Fail(Fields.Name, "required");
        }

        var nib = Nib.Normalize(t.Nib);
        if (nib is null)
        {
            Fail(Fields.Nib, "nib", (t.Nib ?? "").Trim());
        }

        var kind = RegistryValues.Kind(t.Kind);
        if (kind is null)
        {
            Fail(Fields.Kind, "kind", (t.Kind ?? "").Trim());
        }

        short? province = defaultProvince;
        if (!string.IsNullOrWhiteSpace(t.Province))
        {
            province = RegistryValues.Province(t.Province);
            if (province is null)
            {
                Fail(Fields.Province, "province", t.Province.Trim());
            }
        }
        else
        {
            province = RegistryValues.ProvinceOfRegency(t.Regency) is { } p && RegistryValues.Province(p.ToString(CultureInfo.InvariantCulture)) is not null ? p : defaultProvince;
        }

        if (province is { } allowed && !scope.Allows(allowed))
        {
            Fail(Fields.Province, "province.scope");
        }

        short? regency = province is { } inProvince ? RegistryValues.Regency(t.Regency, inProvince) : null;
        if (regency is null && errors.All(e => e.Field != Fields.Province))
        {
            Fail(Fields.Regency, "regency", (t.Regency ?? "").Trim(), province?.ToString(CultureInfo.InvariantCulture) ?? "?");
        }

        var capital = Amount(t.Capital, Fields.Capital, errors);
        var sales = Amount(t.Sales, Fields.Sales, errors);
        var gender = RegistryValues.Gender(t.OwnerGender);
        if (gender is null)
        {
            Fail(Fields.Gender, "gender", (t.OwnerGender ?? "").Trim());
        }

        var employees = Whole(t.Employees, Fields.Employees, 0, MaxEmployees, errors);
        var founded = Whole(t.FoundedYear, Fields.Founded, FirstYear, DateTime.UtcNow.Year, errors);
        var kbli = RegistryValues.Kbli(t.KbliCodes);
        if (kbli is null)
        {
            Fail(Fields.Kbli, "kbli", (t.KbliCodes ?? "").Trim());
        }
        else if (string.Join(',', kbli).Length > 200)
        {
            Fail(Fields.Kbli, "toolong", "200");
        }

        var consent = RegistryValues.Consent(t.CatalogConsent);
        if (consent is null)
        {
            Fail(Fields.Consent, "consent", (t.CatalogConsent ?? "").Trim());
        }

        var legalForm = Bounded(t.LegalForm, Fields.LegalForm, 50, errors);
        var address = Bounded(t.Address, Fields.Address, 500, errors);
        var phone = Bounded(t.Phone, Fields.Phone, 50, errors);
        var email = Bounded(t.Email, Fields.Email, 200, errors);
        var website = Bounded(t.Website, Fields.Website, 300, errors);
        var owner = Bounded(t.OwnerName, Fields.OwnerName, 200, errors);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new BusinessValues(name, nib!, legalForm, string.Join(',', kbli!), kind!.Value, capital, sales, province!.Value, regency!.Value,
            address, phone, email, website, owner, gender!, employees, founded, consent!.Value), errors);
    }

    private static string Bounded(string? text, string field, int max, List<RegistryError> errors)
    {
        var value = (text ?? "").Trim();
        if (value.Length > max)
        {
            errors.Add(new RegistryError(field, "toolong", max.ToString(CultureInfo.InvariantCulture)));
        }

        return value;
    }

    private static decimal? Amount(string? text, string field, List<RegistryError> errors)
    {
        if (RegistryValues.TryAmount(text, out var value) && (value is null || value < 100_000_000_000_000_000m))
        {
            return value;
        }

        errors.Add(new RegistryError(field, "amount", (text ?? "").Trim()));
        return null;
    }

    private static int? Whole(string? text, string field, int min, int max, List<RegistryError> errors)
    {
        if (RegistryValues.TryWhole(text, min, max, out var value))
        {
            return value;
        }

        errors.Add(new RegistryError(field, "whole", (text ?? "").Trim(), min.ToString(CultureInfo.InvariantCulture), max.ToString(CultureInfo.InvariantCulture)));
        return null;
    }
}
