using System.IO.Compression;
using System.Xml;

namespace Neraca.Imports.Xlsx;

/// <summary>
/// An XLSX file opened as a ZIP for reading only, after the ZIP safety checks. Locates the first worksheet
/// through the package relationships (not by a hard-coded name) and loads the shared strings it needs.
/// </summary>
internal sealed class XlsxPackage : IDisposable
{
    private const string OfficeDocumentRel = "/officeDocument";
    private const string WorksheetRel = "/worksheet";
    private const string SharedStringsRel = "/sharedStrings";

    private readonly ZipArchive _zip;
    private readonly Stream? _ownedCopy;
    private readonly Dictionary<string, ZipArchiveEntry> _entries;
    private readonly DecompressionBudget _budget;
    private readonly string _fileName;

    private XlsxPackage(ZipArchive zip, Stream? ownedCopy, string fileName, ZipLimits limits)
    {
        _zip = zip;
        _ownedCopy = ownedCopy;
        _fileName = fileName;
        _budget = new DecompressionBudget(limits.MaxTotalUncompressed, fileName);
        _entries = new Dictionary<string, ZipArchiveEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in zip.Entries)
        {
            _entries.TryAdd(entry.FullName.TrimStart('/').Replace('\\', '/'), entry);
        }
    }

    public static XlsxPackage Open(Stream stream, string fileName, ZipLimits limits)
    {
        Stream? copy = null;
        try
        {
            if (!stream.CanSeek)
            {
                // ZipArchive would buffer a non-seekable stream in memory without any bound.
                copy = SpoolToTempFile(stream, limits.MaxTotalUncompressed, fileName);
                stream = copy;
            }

            if (stream.Length == 0)
            {
                throw new TradeFileException(fileName, ImportMessage.Of("xlsx.empty"));
            }

            var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            try
            {
                CheckLimits(zip, fileName, limits);
                return new XlsxPackage(zip, copy, fileName, limits);
            }
            catch
            {
                zip.Dispose();
                throw;
            }
        }
        catch (InvalidDataException e)
        {
            copy?.Dispose();
            throw new TradeFileException(fileName, ImportMessage.Of("xlsx.unreadable", e.Message), e);
        }
        catch
        {
            copy?.Dispose();
            throw;
        }
    }

    /// <summary>The first worksheet of the workbook: its name (for error positions) and ZIP path.</summary>
    public (string Name, string Path) FirstWorksheet()
    {
        var workbookPath = FindRelationshipTarget("", "_rels/.rels", OfficeDocumentRel) ?? "xl/workbook.xml";
        var (sheetName, relId) = ReadFirstSheet(workbookPath);
        var relsPath = RelsPathFor(workbookPath);
        var sheetPath = FindRelationshipTarget(DirectoryOf(workbookPath), relsPath, WorksheetRel, relId)
            ?? throw new TradeFileException(_fileName, ImportMessage.Of("xlsx.norel", sheetName, relId));
        if (!_entries.ContainsKey(sheetPath))
        {
            throw new TradeFileException(_fileName, ImportMessage.Of("xlsx.nosheetpart", sheetName, sheetPath));
        }

        return (sheetName, sheetPath);
    }

    /// <summary>Shared strings of the workbook (empty when the file uses inline strings only).</summary>
    public IReadOnlyList<string> LoadSharedStrings()
    {
        var workbookPath = FindRelationshipTarget("", "_rels/.rels", OfficeDocumentRel) ?? "xl/workbook.xml";
        var path = FindRelationshipTarget(DirectoryOf(workbookPath), RelsPathFor(workbookPath), SharedStringsRel);
        if (path is null || !_entries.ContainsKey(path))
        {
            return [];
        }

        var strings = new List<string>();
        using var reader = OpenXml(path);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "si")
            {
                strings.Add(XmlText.ReadRichText(reader));
            }
        }

        return strings;
    }

    public XmlReader OpenXml(string path)
    {
        if (!_entries.TryGetValue(path, out var entry))
        {
            throw new TradeFileException(_fileName, ImportMessage.Of("xlsx.nopart", path));
        }

        var bounded = new BoundedReadStream(entry.Open(), entry.Length, entry.FullName, _fileName, _budget);
        return XmlReader.Create(bounded, XmlText.SafeSettings);
    }

    public void Dispose()
    {
        _zip.Dispose();
        _ownedCopy?.Dispose();
    }

    private static void CheckLimits(ZipArchive zip, string fileName, ZipLimits limits)
    {
        var entries = zip.Entries;
        if (entries.Count > limits.MaxEntries)
        {
            throw new TradeFileException(fileName, ImportMessage.Of("xlsx.entries", entries.Count, limits.MaxEntries));
        }

        long total = 0;
        foreach (var entry in entries)
        {
            total += entry.Length;
            if (total > limits.MaxTotalUncompressed)
            {
                throw new TradeFileException(fileName, ImportMessage.Of("xlsx.bomb.total", limits.MaxTotalUncompressed));
            }

            var ratio = (double)entry.Length / Math.Max(1, entry.CompressedLength);
            if (ratio > limits.MaxRatio && entry.Length > limits.RatioCheckMinSize)
            {
                throw new TradeFileException(fileName, ImportMessage.Of("xlsx.bomb.ratio", entry.FullName, Math.Round(ratio), entry.Length));
            }
        }
    }

    private static FileStream SpoolToTempFile(Stream source, long maxBytes, string fileName)
    {
        var temp = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        var buffer = new byte[81920];
        long total = 0;
        int n;
        while ((n = source.Read(buffer)) > 0)
        {
            total += n;
            if (total > maxBytes)
            {
                temp.Dispose();
                throw new TradeFileException(fileName, ImportMessage.Of("xlsx.toolarge", maxBytes));
            }

            temp.Write(buffer, 0, n);
        }

        temp.Position = 0;
        return temp;
    }

    private (string Name, string RelId) ReadFirstSheet(string workbookPath)
    {
        using var reader = OpenXml(workbookPath);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "sheet")
            {
                var name = reader.GetAttribute("name") ?? "Sheet1";
                var id = FindRelIdAttribute(reader)
                    ?? throw new TradeFileException(_fileName, ImportMessage.Of("xlsx.sheetnoid", name));
                return (name, id);
            }
        }

        throw new TradeFileException(_fileName, ImportMessage.Of("xlsx.nosheet"));
    }

    /// <summary>The r:id attribute, whatever prefix the writer chose for the relationships namespace.</summary>
    private static string? FindRelIdAttribute(XmlReader reader)
    {
        for (var i = 0; i < reader.AttributeCount; i++)
        {
            reader.MoveToAttribute(i);
            if (reader.LocalName == "id" && reader.NamespaceURI.EndsWith("/relationships", StringComparison.Ordinal))
            {
                var value = reader.Value;
                reader.MoveToElement();
                return value;
            }
        }

        reader.MoveToElement();
        return null;
    }

    /// <summary>Target of the first relationship of the given type (or id) in a .rels part, resolved to a ZIP path.</summary>
    private string? FindRelationshipTarget(string baseDirectory, string relsPath, string typeSuffix, string? id = null)
    {
        if (!_entries.ContainsKey(relsPath))
        {
            return null;
        }

        using var reader = OpenXml(relsPath);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "Relationship")
            {
                continue;
            }

            var matches = id is null
                ? (reader.GetAttribute("Type") ?? "").EndsWith(typeSuffix, StringComparison.Ordinal)
                : reader.GetAttribute("Id") == id;
            if (matches && reader.GetAttribute("Target") is { } target)
            {
                return ResolvePath(baseDirectory, target);
            }
        }

        return null;
    }

    private static string ResolvePath(string baseDirectory, string target)
    {
        var parts = new List<string>();
        var combined = target.StartsWith('/') ? target : baseDirectory + target;
        foreach (var part in combined.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (part != ".")
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }

    private static string DirectoryOf(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? "" : path[..(slash + 1)];
    }

    private static string RelsPathFor(string partPath) => DirectoryOf(partPath) + "_rels/" + partPath[(partPath.LastIndexOf('/') + 1)..] + ".rels";
}
