namespace Neraca.Imports.Xlsx;

/// <summary>
/// Limits that keep a hostile XLSX (a ZIP) from exhausting memory or disk. A real BPS pivot is about 2.5 MB
/// unpacked with a ratio near 20:1, so these bounds leave a wide margin for honest files.
/// </summary>
public sealed record ZipLimits(int MaxEntries, long MaxTotalUncompressed, double MaxRatio, long RatioCheckMinSize)
{
    public const long MiB = 1024L * 1024L;

    public static ZipLimits Default { get; } = new(10_000, 512 * MiB, 200d, 10 * MiB);
}
