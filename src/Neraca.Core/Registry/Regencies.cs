namespace Neraca.Registry;

public sealed record Regency(short Code, string Name)
{
    public short ProvinceCode => (short)(Code / 100);
}

/// <summary>Regencies and cities (kabupaten/kota) with BPS codes. Lampung's 15 are built in; other provinces can be added here.</summary>
public static class Regencies
{
    public static readonly IReadOnlyList<Regency> All =
    [
        new(1801, "KABUPATEN LAMPUNG BARAT"),
        new(1802, "KABUPATEN TANGGAMUS"),
        new(1803, "KABUPATEN LAMPUNG SELATAN"),
        new(1804, "KABUPATEN LAMPUNG TIMUR"),
        new(1805, "KABUPATEN LAMPUNG TENGAH"),
        new(1806, "KABUPATEN LAMPUNG UTARA"),
        new(1807, "KABUPATEN WAY KANAN"),
        new(1808, "KABUPATEN TULANG BAWANG"),
        new(1809, "KABUPATEN PESAWARAN"),
        new(1810, "KABUPATEN PRINGSEWU"),
        new(1811, "KABUPATEN MESUJI"),
        new(1812, "KABUPATEN TULANG BAWANG BARAT"),
        new(1813, "KABUPATEN PESISIR BARAT"),
        new(1871, "KOTA BANDAR LAMPUNG"),
        new(1872, "KOTA METRO"),
    ];

    public static Regency? Get(short code) => All.FirstOrDefault(r => r.Code == code);

    /// <summary>True when the code is a known regency/city of the province.</summary>
    public static bool IsIn(short code, short province) => Get(code) is { } r && r.ProvinceCode == province;
}
