using System.Globalization;
using Neraca.Accounts;
using Neraca.Registry;

namespace Neraca.Tests.Registry;

/// <summary>
/// The one parse-and-validate of a business (docs/decisions/0019-registry-rules-in-core.md). Each case is a value
/// the web form and the bulk import used to treat differently; now both go through <see cref="BusinessRules"/>.
/// </summary>
public class BusinessRulesTests
{
    private static BusinessText Text(string? capital = null, string? gender = "F", string? kind = "ikm", string? kbli = "10761", string? regency = "1801",
        string? employees = "12", string? consent = "true", string? province = null, string? name = "Kopi Liwa") =>
        new(name, "8120001234567", "CV", kbli, kind, capital, "900.000.000", province, regency, "Jl. Raya Liwa", "0812", "a@b.test", "",
            "Siti", gender, employees, "2015", consent);

    private static (BusinessValues? Values, List<RegistryError> Errors) Parse(BusinessText text) => BusinessRules.Parse(text, new ProvinceScope(18), 18);

    [Theory]
    [InlineData("Rp 250.000.000", 250_000_000)] // the form used to bind this to null and save nothing (issue 13 item 5)
    [InlineData("Rp250.000.000,50", 250_000_000.50)]
    [InlineData("250,000,000", 250_000_000)]
    [InlineData("250000000", 250_000_000)]
    [InlineData("1.500", 1_500)]
    [InlineData("1500,5", 1_500.5)]
    public void Parse_RupiahAsTyped_SameAmountForFormAndImport(string typed, double expected)
    {
        var (values, errors) = Parse(Text(capital: typed));

        Assert.Empty(errors);
        Assert.Equal((decimal)expected, values!.Capital);
    }

    [Theory]
    [InlineData("dua ratus juta")]
    [InlineData("-5")]
    [InlineData("1.50.000")]
    public void Parse_UnreadableAmount_ErrorOnTheFieldNeverNull(string typed)
    {
        var (values, errors) = Parse(Text(capital: typed));

        Assert.Null(values);
        var error = Assert.Single(errors);
        Assert.Equal(("capitalRupiah", "amount"), (error.Field, error.Code));
        Assert.Contains("bukan jumlah rupiah", error.Text(CultureInfo.GetCultureInfo("id-ID")), StringComparison.Ordinal);
        Assert.Contains("is not an amount in Rupiah", error.Text(CultureInfo.GetCultureInfo("en-US")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("P", "F")] // the API used to accept only F/M, the import also P/L and words
    [InlineData("laki-laki", "M")]
    [InlineData("", "")]
    public void Parse_GenderWords_AcceptedEverywhere(string typed, string stored) =>
        Assert.Equal(stored, Parse(Text(gender: typed)).Values!.OwnerGender);

    [Theory]
    [InlineData("IKM", BusinessKind.Ikm)]
    [InlineData("umkm", BusinessKind.Umkm)]
    public void Parse_KindInAnyCase_Accepted(string typed, BusinessKind kind) => Assert.Equal(kind, Parse(Text(kind: typed)).Values!.Kind);

    [Theory]
    [InlineData("1")] // Enum.TryParse would read "1" as Umkm
    [InlineData("pabrik")]
    public void Parse_KindNotIkmOrUmkm_Error(string typed) => Assert.Equal("kind", Assert.Single(Parse(Text(kind: typed)).Errors).Field);

    [Fact]
    public void Parse_KbliWithSlashes_AcceptedLikeTheImport() => Assert.Equal("10761,10792", Parse(Text(kbli: "10761/10792")).Values!.KbliCodes);

    [Fact]
    public void Parse_EmployeesAboveTheImportLimit_RefusedByTheApiToo() =>
        Assert.Equal(("employees", "whole"), Assert.Single(Parse(Text(employees: "2000000")).Errors) is var e ? (e.Field, e.Code) : default);

    [Theory]
    [InlineData("Kabupaten Lampung Barat", 1801)] // by name: the import did, the API did not
    [InlineData("Kab. Lampung Timur", 1804)]
    [InlineData("1871", 1871)]
    public void Parse_RegencyByNameOrCode_AcceptedEverywhere(string typed, short code) => Assert.Equal(code, Parse(Text(regency: typed)).Values!.Regency);

    [Fact]
    public void Parse_RegencyOfAnotherProvince_Error() =>
        Assert.Equal("regencyCode", Assert.Single(Parse(Text(province: "18", regency: "3171")).Errors).Field);

    [Fact]
    public void Parse_ProvinceOutsideTheOfficersScope_Error() =>
        Assert.Contains(Parse(Text(province: "31", regency: "3171")).Errors, e => e.Code == "province.scope");

    [Theory]
    [InlineData("ya", true)]
    [InlineData("on", true)]
    [InlineData("tidak", false)]
    public void Parse_ConsentWords_Accepted(string typed, bool consent) => Assert.Equal(consent, Parse(Text(consent: typed)).Values!.CatalogConsent);

    [Fact]
    public void Parse_NameLongerThanTheColumn_ErrorInsteadOfADatabaseFailure() =>
        Assert.Equal(("name", "toolong"), Assert.Single(Parse(Text(name: new string('k', 201))).Errors) is var e ? (e.Field, e.Code) : default);

    [Theory]
    [InlineData(1.5)]
    [InlineData(250.123)]
    [InlineData(1500000)]
    public void Text_ApiNumber_ReadBackUnchanged(double number)
    {
        Assert.True(RegistryValues.TryAmount(RegistryValues.Text((decimal)number), out var value));
        Assert.Equal((decimal)number, value);
    }
}
