using System.Globalization;
using Neraca.Registry;

namespace Neraca.Web.Features.Registry;

/// <summary>Create/update body of a business. Amounts in Rupiah.</summary>
public sealed record BusinessInput(
    string? Name,
    string? Nib,
    string? LegalForm,
    string? KbliCodes,
    string? Kind,
    decimal? CapitalRupiah,
    decimal? AnnualSalesRupiah,
    short? ProvinceCode,
    short? RegencyCode,
    string? Address,
    string? Phone,
    string? Email,
    string? Website,
    string? OwnerName,
    string? OwnerGender,
    int? Employees,
    int? FoundedYear,
    bool CatalogConsent)
{
    /// <summary>Staff registering for a business: the e-mail of its `business` account, which then owns the record.</summary>
    public string? OwnerEmail { get; init; }

    /// <summary>The JSON values as text for <see cref="BusinessRules"/> (numbers written so the one parser reads them back exactly).</summary>
    public BusinessText ToText() => new(
        Name, Nib, LegalForm, KbliCodes, Kind, RegistryValues.Text(CapitalRupiah), RegistryValues.Text(AnnualSalesRupiah),
        ProvinceCode?.ToString(CultureInfo.InvariantCulture), RegencyCode?.ToString(CultureInfo.InvariantCulture), Address, Phone, Email, Website,
        OwnerName, OwnerGender, Employees?.ToString(CultureInfo.InvariantCulture), FoundedYear?.ToString(CultureInfo.InvariantCulture), CatalogConsent ? "true" : "false");
}
