using System.IO.Compression;
using System.Text;

namespace Neraca.Tests.Imports.Xlsx;

/// <summary>Copies of the real samples with one edit in the sheet XML: the "one cell altered" files.</summary>
internal static class XlsxAlter
{
    public static string CopyWithSheetEdit(string sourcePath, string target, string find, string replace)
    {
        using var source = ZipFile.OpenRead(sourcePath);
        using var output = ZipFile.Open(target, ZipArchiveMode.Create);
        foreach (var entry in source.Entries)
        {
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            var text = reader.ReadToEnd();
            if (entry.FullName == "xl/worksheets/sheet1.xml")
            {
                Assert.Equal(1, CountOf(text, find));
                text = text.Replace(find, replace, StringComparison.Ordinal);
            }

            using var writer = new StreamWriter(output.CreateEntry(entry.FullName).Open(), new UTF8Encoding(false));
            writer.Write(text);
        }

        return target;
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
