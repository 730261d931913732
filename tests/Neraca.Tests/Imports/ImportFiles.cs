using Neraca.Tests.Infrastructure;

namespace Neraca.Tests.Imports;

/// <summary>Finds test input: committed fixtures next to the test binary, and the team's shared data folder.</summary>
internal static class ImportFiles
{
    /// <summary>A fixture committed under tests/Neraca.Tests/Fixtures (copied to the output folder).</summary>
    public static string Fixture(string relative) => Path.Combine(AppContext.BaseDirectory, "Fixtures", relative);

    /// <summary>A file under shared/data (tests only; the product never reads it).</summary>
    public static string Shared(string relative) => Path.Combine(RepoPaths.SharedData, relative);
}
