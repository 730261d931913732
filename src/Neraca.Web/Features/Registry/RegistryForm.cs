using System.Globalization;
using Microsoft.AspNetCore.Html;
using Neraca.Registry;

namespace Neraca.Web.Features.Registry;

/// <summary>Field errors from the Core rules shown beside their field, in the page's language.</summary>
public static class RegistryForm
{
    /// <summary>The messages for the fields, in the current UI language; empty when the field is fine.</summary>
    public static IReadOnlyList<string> Messages(IReadOnlyList<RegistryError> errors, params string[] fields) =>
        [.. errors.Where(e => fields.Contains(e.Field, StringComparer.Ordinal)).Select(e => e.Text(CultureInfo.CurrentUICulture))];

    /// <summary>`&lt;span class="field-error" id="{id}-error"&gt;` with the messages, or nothing (the input points at it with aria-describedby).</summary>
    public static IHtmlContent Error(IReadOnlyList<RegistryError> errors, string id, params string[] fields)
    {
        var messages = Messages(errors, fields);
        if (messages.Count == 0)
        {
            return HtmlString.Empty;
        }

        var html = new HtmlContentBuilder();
        html.AppendHtml($"<span class=\"field-error\" role=\"alert\" id=\"{id}-error\">");
        html.Append(string.Join("; ", messages));
        html.AppendHtml("</span>");
        return html;
    }

    /// <summary>"true" on an input whose field has an error (for aria-invalid), else null (no attribute).</summary>
    public static string? Invalid(IReadOnlyList<RegistryError> errors, params string[] fields) =>
        errors.Any(e => fields.Contains(e.Field, StringComparer.Ordinal)) ? "true" : null;

    /// <summary>An amount as the page's culture writes it ("250.000.000" in Indonesian), which the one parser reads back.</summary>
    public static string Amount(decimal? value) => value?.ToString("#,0.##", CultureInfo.CurrentCulture) ?? "";
}

/// <summary>The business form's fields as typed (text, so "Rp 250.000.000" reaches the rules and a bad value is reported, not dropped).</summary>
public sealed class BusinessForm
{
    public string? Name { get; set; }
    public string? Nib { get; set; }
    public string? LegalForm { get; set; }
    public string? KbliCodes { get; set; }
    public string? Kind { get; set; } = "umkm";
    public string? CapitalRupiah { get; set; }
    public string? AnnualSalesRupiah { get; set; }
    public string? RegencyCode { get; set; }
    public string? Address { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Website { get; set; }
    public string? OwnerName { get; set; }
    public string? OwnerGender { get; set; }
    public string? Employees { get; set; }
    public string? FoundedYear { get; set; }
    public bool CatalogConsent { get; set; }
    public string? OwnerEmail { get; set; }

    /// <summary>The province follows from the regency code (BPS: the first two digits).</summary>
    public BusinessText ToText() => new(
        Name, Nib, LegalForm, KbliCodes, Kind, CapitalRupiah, AnnualSalesRupiah, null, RegencyCode, Address, Phone, Email, Website,
        OwnerName, OwnerGender, Employees, FoundedYear, CatalogConsent ? "true" : "false");

    public static BusinessForm From(Business b) => new()
    {
        Name = b.Name,
        Nib = b.Nib,
        LegalForm = b.LegalForm,
        KbliCodes = b.KbliCodes,
        Kind = EnumText.Of(b.Kind),
        CapitalRupiah = RegistryForm.Amount(b.CapitalRupiah),
        AnnualSalesRupiah = RegistryForm.Amount(b.AnnualSalesRupiah),
        RegencyCode = b.RegencyCode.ToString(CultureInfo.InvariantCulture),
        Address = b.Address,
        Phone = b.Phone,
        Email = b.Email,
        Website = b.Website,
        OwnerName = b.OwnerName,
        OwnerGender = b.OwnerGender,
        Employees = b.Employees?.ToString(CultureInfo.InvariantCulture),
        FoundedYear = b.FoundedYear?.ToString(CultureInfo.InvariantCulture),
        CatalogConsent = b.CatalogConsent,
    };
}

/// <summary>What the shared business fields partial needs (the new-business page and the edit page).</summary>
public sealed record BusinessFieldsView(BusinessForm Form, IReadOnlyList<RegistryError> Errors, bool IsStaff, IEnumerable<Regency> Regencies);
