using System.Text.RegularExpressions;
using Neraca.Imports;
using Neraca.Tests.Infrastructure;

namespace Neraca.Tests.Imports;

/// <summary>The import message table: every code in both languages, and every code the importer raises is in it.</summary>
public partial class ImportMessagesTests
{
    [Fact]
    public void Codes_Every_HasIndonesianAndEnglishTextWithTheSameArguments()
    {
        Assert.NotEmpty(ImportMessages.Codes);
        foreach (var code in ImportMessages.Codes)
        {
            var (id, en) = ImportMessages.Texts(code);
            Assert.False(string.IsNullOrWhiteSpace(id), $"{code} has no Indonesian text");
            Assert.False(string.IsNullOrWhiteSpace(en), $"{code} has no English text");
            Assert.True(id != en, $"{code}: the Indonesian text is the English one");
            Assert.Equal(Placeholders(en), Placeholders(id));
        }
    }

    [Fact]
    public void Sources_EveryCodeRaised_IsInTheTable()
    {
        var folder = Path.Combine(RepoPaths.Root, "src", "Neraca.Core", "Imports");
        var prefixes = ImportMessages.Codes.Select(c => c.Split('.')[0]).ToHashSet(StringComparer.Ordinal);
        var raised = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith("ImportMessages.cs", StringComparison.Ordinal))
            .SelectMany(f => CodeLiteral().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Code: m.Groups[1].Value)))
            .Where(x => prefixes.Contains(x.Code.Split('.')[0]))
            .ToList();

        Assert.True(raised.Count > 100, $"only {raised.Count} codes found: the scan no longer sees the readers' messages");
        Assert.All(raised, x => Assert.True(ImportMessages.Codes.Contains(x.Code), $"{x.File} raises '{x.Code}', which has no text"));
    }

    [Fact]
    public void Format_Words_FollowTheLanguage()
    {
        var message = ImportMessage.Of("csv.flowmismatch", ImportMessages.Flow(Neraca.Common.Flow.Export), ImportMessages.Flow(Neraca.Common.Flow.Import));

        Assert.Equal("the row says export but --flow says import", message.In(ImportMessages.English));
        Assert.Equal("baris menyebut ekspor tetapi arus yang dipilih (--flow) adalah impor", message.In(ImportMessages.Indonesian));
    }

    [Fact]
    public void Issue_Position_InBothLanguages()
    {
        var issue = new ImportIssue(new SourcePosition("a.xlsx", "Sheet1", 7, "D"), "-5", ImportMessage.Of("value.negative"));

        Assert.Equal("a.xlsx, sheet 'Sheet1', row 7, column D: negative value (value '-5')", issue.ToString());
        Assert.Equal("a.xlsx, lembar 'Sheet1', baris 7, kolom D: nilai negatif (nilai '-5')", issue.In(ImportMessages.Indonesian));
    }

    private static string[] Placeholders(string text) =>
        [.. Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    [GeneratedRegex("\"([a-z]+\\.[a-zA-Z.]+)\"")]
    private static partial Regex CodeLiteral();
}
