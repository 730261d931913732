namespace Neraca.Tests.Imports.Xlsx;

/// <summary>Finds the read-only shared sample data: NERACA_SHARED, or the first ancestor folder holding shared/data/bps.</summary>
internal static class SharedData
{
    public static string BpsFolder { get; } = Locate();

    public static string[] SampleFiles => Directory.GetFiles(BpsFolder, "exim_*.xlsx").Order(StringComparer.Ordinal).ToArray();

    private static string Locate()
    {
        if (Environment.GetEnvironmentVariable("NERACA_SHARED") is { Length: > 0 } shared)
        {
            return Path.Combine(shared, "data", "bps");
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", "bps");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("shared/data/bps not found above " + AppContext.BaseDirectory + "; set NERACA_SHARED.");
    }
}
