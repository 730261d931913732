namespace Neraca.Tests.Infrastructure;

/// <summary>A clone anywhere runs every test: nothing the tests read may live outside the repository.</summary>
public sealed class SelfContainedTests
{
    [Fact]
    public void SharedData_Default_IsInsideTheRepository()
    {
        if (Environment.GetEnvironmentVariable("NERACA_SHARED") is { Length: > 0 })
        {
            return; // pointed elsewhere on purpose
        }

        var full = Path.GetFullPath(RepoPaths.SharedData);
        Assert.StartsWith(Path.GetFullPath(RepoPaths.Root) + Path.DirectorySeparatorChar, full, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(full, "SOURCES.md")), "the copied files need their source notes");
    }

    [Fact]
    public void TestSources_NoPathOutsideTheRepository_NoneFound()
    {
        var offenders = Directory.GetFiles(Path.Combine(RepoPaths.Root, "tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => !f.EndsWith(nameof(SelfContainedTests) + ".cs", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains("\"../shared", StringComparison.Ordinal) || File.ReadAllText(f).Contains("\"..\", \"shared\"", StringComparison.Ordinal))
            .ToList();
        Assert.True(offenders.Count == 0, "tests reading ../shared: " + string.Join(", ", offenders));
    }
}
