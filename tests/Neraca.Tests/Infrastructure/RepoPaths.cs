namespace Neraca.Tests.Infrastructure;

/// <summary>Locates the repository and the committed copy of the public sample files (tests only).</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindUp(d => File.Exists(Path.Combine(d, "Neraca.sln")))
        ?? throw new InvalidOperationException("repository root (Neraca.sln) not found above " + AppContext.BaseDirectory);

    /// <summary>
    /// The public sample and reference files the tests read, committed under tests/Neraca.Tests/Fixtures/shared
    /// (copied from the project's research data; sources and licences in its SOURCES.md), so a clone anywhere runs
    /// every test. NERACA_SHARED (a folder holding `data/`) points the tests at another copy, e.g. newer downloads.
    /// </summary>
    public static string SharedData { get; } = Environment.GetEnvironmentVariable("NERACA_SHARED") is { Length: > 0 } env
        ? Path.Combine(env, "data")
        : Path.Combine(Root, "tests", "Neraca.Tests", "Fixtures", "shared");

    public static string Shared(params string[] parts) => Path.Combine([SharedData, .. parts]);

    public static string Fixture(params string[] parts) => Path.Combine([AppContext.BaseDirectory, "Fixtures", .. parts]);

    private static string? FindUp(Func<string, bool> found)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (found(dir.FullName))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
