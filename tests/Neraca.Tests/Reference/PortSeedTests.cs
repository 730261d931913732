using Neraca.Reference;
using Neraca.Storage;

namespace Neraca.Tests.Reference;

public class PortSeedTests
{
    [Fact]
    public void EveryPortInTheSampleFiles_HasASeedRow()
    {
        var seeded = PortSeed.All.Select(p => p.PortName).ToHashSet(StringComparer.Ordinal);
        var ports = SampleFiles.PortNames();
        Assert.True(ports.Count > 200, $"only {ports.Count} ports read; the sample scan looks broken");

        var unseeded = ports.Where(p => !seeded.Contains(p)).ToList();

        Assert.Empty(unseeded);
    }

    [Fact]
    public void EveryProvinceCode_IsKnown() => Assert.All(PortSeed.All, p => Assert.True(Provinces.IsKnown(p.ProvinceCode), p.PortName));

    [Fact]
    public void PortNames_AreUnique() =>
        Assert.Equal(PortSeed.All.Count, PortSeed.All.Select(p => p.PortName).Distinct(StringComparer.Ordinal).Count());

    [Theory]
    [InlineData("PANJANG", 18)]
    [InlineData("RADIN INTEN II (U)", 18)]
    [InlineData("SOEKARNO-HATTA (U)", 36)]
    [InlineData("TANJUNG PRIOK", 31)]
    [InlineData("BELAWAN", 12)]
    [InlineData("TANJUNG PERAK", 35)]
    [InlineData("BATU AMPAR", 21)]
    [InlineData("DUMAI", 14)]
    [InlineData("BALIKPAPAN", 64)]
    public void KnownPorts_MapToTheirProvince(string port, short province) =>
        Assert.Equal(province, PortSeed.All.Single(p => p.PortName == port).ProvinceCode);

    [Fact]
    public void StorageRows_AllValidFrom2000() =>
        Assert.All(PortSeed.ToPortProvinces(), p => Assert.Equal(new DateOnly(2000, 1, 1), p.ValidFrom));
}
