using System.Globalization;
using System.Reflection;

namespace Neraca.Web.Features.Shared;

/// <summary>
/// The words on the pages, in Bahasa Indonesia and English, from `texts.tsv` beside this file: one line per
/// text, `key TAB Indonesian TAB English`. To add or correct a translation, edit that file (a spreadsheet can
/// open it); a test checks every key used in a page exists in both languages.
/// In a page: <c>@T["import.title"]</c>, or <c>@T.Format("import.files", count)</c> for texts with {0}.
/// </summary>
public sealed class Texts
{
    private readonly Dictionary<string, string> indonesian;
    private readonly Dictionary<string, string> english;

    public Texts()
        : this(Load())
    {
    }

    internal Texts(IReadOnlyList<(string Key, string Id, string En)> rows)
    {
        indonesian = rows.ToDictionary(r => r.Key, r => r.Id, StringComparer.Ordinal);
        english = rows.ToDictionary(r => r.Key, r => r.En, StringComparer.Ordinal);
    }

    public IEnumerable<string> Keys => indonesian.Keys;

    /// <summary>The text for the current UI culture; a missing key shows as `[key]` so it is easy to spot.</summary>
    public string this[string key] => Get(key, CultureInfo.CurrentUICulture);

    public string Get(string key, CultureInfo culture)
    {
        var table = string.Equals(culture.TwoLetterISOLanguageName, "en", StringComparison.Ordinal) ? english : indonesian;
        return table.TryGetValue(key, out var text) ? text : $"[{key}]";
    }

    public string Format(string key, params object?[] args) =>
        string.Format(CultureInfo.CurrentCulture, this[key], args);

    /// <summary>Every feature's texts.tsv (embedded as Neraca.Web.texts.*); a key defined twice is an error.</summary>
    internal static List<(string Key, string Id, string En)> Load()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var names = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("Neraca.Web.texts.", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (names.Count == 0)
        {
            throw new InvalidOperationException("embedded texts.tsv missing");
        }

        var rows = new List<(string Key, string Id, string En)>();
        foreach (var name in names)
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            rows.AddRange(Parse(reader.ReadToEnd()));
        }

        var duplicate = rows.GroupBy(r => r.Key, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null ? rows : throw new InvalidOperationException("text key defined twice: " + duplicate.Key);
    }

    internal static List<(string Key, string Id, string En)> Parse(string tsv)
    {
        var rows = new List<(string, string, string)>();
        var lineNo = 0;
        foreach (var raw in tsv.Split('\n'))
        {
            lineNo++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split('\t');
            if (parts.Length != 3 || parts.Any(p => p.Trim().Length == 0))
            {
                throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"texts.tsv line {lineNo}: expected key<TAB>Indonesian<TAB>English"));
            }

            rows.Add((parts[0].Trim(), parts[1].Trim(), parts[2].Trim()));
        }

        return rows;
    }
}
