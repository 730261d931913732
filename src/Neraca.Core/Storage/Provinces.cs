namespace Neraca.Storage;

/// <summary>BPS province codes (Master File Desa). Papua's 2022 split follows BPS numbering.</summary>
public static class Provinces
{
    public static readonly Province[] All =
    [
        new() { Code = 0, Name = "INDONESIA" },
        new() { Code = 11, Name = "ACEH" },
        new() { Code = 12, Name = "SUMATERA UTARA" },
        new() { Code = 13, Name = "SUMATERA BARAT" },
        new() { Code = 14, Name = "RIAU" },
        new() { Code = 15, Name = "JAMBI" },
        new() { Code = 16, Name = "SUMATERA SELATAN" },
        new() { Code = 17, Name = "BENGKULU" },
        new() { Code = 18, Name = "LAMPUNG" },
        new() { Code = 19, Name = "KEPULAUAN BANGKA BELITUNG" },
        new() { Code = 21, Name = "KEPULAUAN RIAU" },
        new() { Code = 31, Name = "DKI JAKARTA" },
        new() { Code = 32, Name = "JAWA BARAT" },
        new() { Code = 33, Name = "JAWA TENGAH" },
        new() { Code = 34, Name = "DI YOGYAKARTA" },
        new() { Code = 35, Name = "JAWA TIMUR" },
        new() { Code = 36, Name = "BANTEN" },
        new() { Code = 51, Name = "BALI" },
        new() { Code = 52, Name = "NUSA TENGGARA BARAT" },
        new() { Code = 53, Name = "NUSA TENGGARA TIMUR" },
        new() { Code = 61, Name = "KALIMANTAN BARAT" },
        new() { Code = 62, Name = "KALIMANTAN TENGAH" },
        new() { Code = 63, Name = "KALIMANTAN SELATAN" },
        new() { Code = 64, Name = "KALIMANTAN TIMUR" },
        new() { Code = 65, Name = "KALIMANTAN UTARA" },
        new() { Code = 71, Name = "SULAWESI UTARA" },
        new() { Code = 72, Name = "SULAWESI TENGAH" },
        new() { Code = 73, Name = "SULAWESI SELATAN" },
        new() { Code = 74, Name = "SULAWESI TENGGARA" },
        new() { Code = 75, Name = "GORONTALO" },
        new() { Code = 76, Name = "SULAWESI BARAT" },
        new() { Code = 81, Name = "MALUKU" },
        new() { Code = 82, Name = "MALUKU UTARA" },
        new() { Code = 91, Name = "PAPUA BARAT" },
        new() { Code = 92, Name = "PAPUA BARAT DAYA" },
        new() { Code = 94, Name = "PAPUA" },
        new() { Code = 95, Name = "PAPUA SELATAN" },
        new() { Code = 96, Name = "PAPUA TENGAH" },
        new() { Code = 97, Name = "PAPUA PEGUNUNGAN" },
        new() { Code = 99, Name = "TIDAK DIKETAHUI (UNSPECIFIED)" },
    ];

    public static bool IsKnown(short code) => Array.Exists(All, p => p.Code == code);
}
