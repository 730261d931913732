namespace Neraca.Tests.Imports;

/// <summary>Finds test input: committed fixtures next to the test binary, and the team's shared data folder.</summary>
internal static class ImportFiles
{
    /// <summary>A fixture committed under tests/Neraca.Tests/Fixtures (copied to the output folder).</summary>
    public static string Fixture(string relative) => Path.Combine(AppContext.BaseDirectory, "Fixtures", relative);

    /// <summary>
    /// A file under shared/data: NERACA_SHARED names the shared folder, else the first ancestor of the test
    /// binary that holds shared/data/bps. The product never reads this folder; only tests do.
    /// </summary>
    public static string Shared(string relative)
    {
        var root = Environment.GetEnvironmentVariable("NERACA_SHARED");
        if (string.IsNullOrEmpty(root))
        {
            root = FindSharedRoot() ?? throw new DirectoryNotFoundException("shared/data/bps not found above " + AppContext.BaseDirectory + "; set NERACA_SHARED");
        }

        return Path.Combine(root, "data", relative);
    }

    private static string? FindSharedRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "data", "bps")))
            {
                return candidate;
            }
        }

        return null;
    }
}
