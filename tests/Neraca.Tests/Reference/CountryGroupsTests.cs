using Neraca.Reference;

namespace Neraca.Tests.Reference;

public class CountryGroupsTests
{
    [Theory]
    [InlineData("2025-10-25", false)]
    [InlineData("2025-10-26", true)]
    public void TimorLeste_JoinsAsean_On20251026(string date, bool member) =>
        Assert.Equal(member, CountryGroups.IsMember("ASEAN", "TL", DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("1972-12-31", false)]
    [InlineData("2020-01-31", true)]
    [InlineData("2020-02-01", false)]
    public void UnitedKingdom_InEu_Until20200131(string date, bool member) =>
        Assert.Equal(member, CountryGroups.IsMember("EU", "GB", DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Eu_Has28MembersBeforeBrexit_And27After()
    {
        Assert.Equal(28, CountryGroups.MembersOn("EU", new DateOnly(2019, 12, 31)).Count);
        Assert.Equal(27, CountryGroups.MembersOn("EU", new DateOnly(2020, 2, 1)).Count);
    }

    [Fact]
    public void Asean_Has10MembersBeforeTimorLeste_And11After()
    {
        Assert.Equal(10, CountryGroups.MembersOn("ASEAN", new DateOnly(2024, 12, 31)).Count);
        Assert.Equal(11, CountryGroups.MembersOn("asean", new DateOnly(2025, 10, 26)).Count);
    }

    [Fact]
    public void EveryMember_IsAKnownCountry() =>
        Assert.All(CountryGroups.Memberships, m => Assert.NotNull(CountryNames.Get(m.Iso2)));
}
