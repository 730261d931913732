using System.Globalization;
using Neraca.Storage;

namespace Neraca.Reference;

/// <summary>
/// Initial port→province table. BPS trade data has no province field; a province's figures are built from its ports,
/// so every port name BPS uses needs a province. The office edits the stored <see cref="PortProvince"/> rows later;
/// this seed is only the starting point. Ports that could not be located are seeded as
/// <see cref="Province.Unspecified"/> (99) rather than guessed.
/// </summary>
public static class PortSeed
{
    /// <summary>All seeds use current province boundaries from this date, so a series never jumps at a province split.</summary>
    public static readonly DateOnly ValidFrom = new(2000, 1, 1);

    private static readonly Lazy<List<PortSeedEntry>> Data = new(() =>
        EmbeddedCsv.Read("port_province_seed.csv", r => new PortSeedEntry(
            r.Field("port_name"),
            short.Parse(r.Field("province_code"), NumberStyles.None, CultureInfo.InvariantCulture),
            r.Field("note"))));

    public static IReadOnlyList<PortSeedEntry> All => Data.Value;

    /// <summary>The seed as storage rows, ready to insert into an empty port→province table.</summary>
    public static IEnumerable<PortProvince> ToPortProvinces() =>
        Data.Value.Select(s => new PortProvince
        {
            PortName = s.PortName,
            ProvinceCode = s.ProvinceCode,
            ValidFrom = ValidFrom,
            Note = s.Note.Length == 0 ? null : s.Note,
        });
}

/// <summary>A port as BPS spells it, its BPS province code, and why (or how surely) it was placed there.</summary>
public sealed record PortSeedEntry(string PortName, short ProvinceCode, string Note);
