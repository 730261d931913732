using Neraca.Tests.Infrastructure;

namespace Neraca.Tests.Registry;

/// <summary>Issue 12 "Shape": the registry's rules stay in Core, pages do not call endpoint handlers, files stay small.</summary>
public class RegistryShapeTests
{
    private static string Web => Path.Combine(RepoPaths.Root, "src", "Neraca.Web", "Features", "Registry");

    private static string Core => Path.Combine(RepoPaths.Root, "src", "Neraca.Core", "Registry");

    [Fact]
    public void Pages_NoEndpointHandlerCalls()
    {
        var offenders = Directory.GetFiles(Web, "*.cshtml*")
            .Where(f => File.ReadAllText(f).Contains("Endpoints.", StringComparison.Ordinal))
            .Select(Path.GetFileName);

        Assert.Empty(offenders);
        Assert.False(File.Exists(Path.Combine(Web, "RegistryEndpoints.cs")));
    }

    [Fact]
    public void RegistrySources_UnderThreeHundredLines()
    {
        var large = Directory.GetFiles(Web).Concat(Directory.GetFiles(Core))
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Select(f => (Name: Path.GetFileName(f), Lines: File.ReadAllLines(f).Length))
            .Where(f => f.Lines > 300);

        Assert.Empty(large);
    }

    [Fact]
    public void Messages_EveryCodeInBothLanguages()
    {
        var english = Neraca.Registry.RegistryMessages.English;
        var indonesian = System.Globalization.CultureInfo.GetCultureInfo("id-ID");
        foreach (var code in Neraca.Registry.RegistryMessages.Codes)
        {
            var args = new[] { "a", "b", "c" };
            Assert.NotEqual(Neraca.Registry.RegistryMessages.Format(code, args, english), Neraca.Registry.RegistryMessages.Format(code, args, indonesian));
        }
    }
}
