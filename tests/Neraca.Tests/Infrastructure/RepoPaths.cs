namespace Neraca.Tests.Infrastructure;

/// <summary>Locates the repository and the read-only shared data beside it (tests only; the product never reads shared/).</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindUp(d => File.Exists(Path.Combine(d, "Neraca.sln")))
        ?? throw new InvalidOperationException("repository root (Neraca.sln) not found above " + AppContext.BaseDirectory);

    /// <summary>The shared data folder: NERACA_SHARED, or a `shared/data` beside or above the repository.</summary>
    /// <remarks>Looked up on first use, so tests of committed fixtures run where shared/ is absent.</remarks>
    public static string SharedData => SharedDataLookup.Value;

    private static readonly Lazy<string> SharedDataLookup = new(() => Environment.GetEnvironmentVariable("NERACA_SHARED") is { Length: > 0 } env
        ? Path.Combine(env, "data")
        : FindUp(d => Directory.Exists(Path.Combine(d, "shared", "data", "bps"))) is { } dir
            ? Path.Combine(dir, "shared", "data")
            : throw new InvalidOperationException("shared/data not found above " + AppContext.BaseDirectory));

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
