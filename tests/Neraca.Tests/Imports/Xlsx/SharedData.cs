using Neraca.Tests.Infrastructure;

namespace Neraca.Tests.Imports.Xlsx;

/// <summary>The read-only BPS sample files in shared/data/bps.</summary>
internal static class SharedData
{
    public static string BpsFolder { get; } = RepoPaths.Shared("bps");

    public static string[] SampleFiles => Directory.GetFiles(BpsFolder, "exim_*.xlsx").Order(StringComparer.Ordinal).ToArray();
}
