using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace Neraca.Tests.Imports.Xlsx;

/// <summary>
/// Writes small XLSX files in the BPS pivot layout, for committed fixtures and for tests that need a variant.
/// Cells are given as (reference, value); a value that parses as a number is written as a numeric cell,
/// anything else as an inline string (t="str"), or through the shared-string table when asked.
/// </summary>
internal static class XlsxFixtureWriter
{
    private static readonly DateTimeOffset FixedTime = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public sealed record PivotColumn(string? Country, string? Port, string Month);

    public sealed record PivotRow(string? HsLabel, string Year, string?[] Values);

    /// <summary>Cells of a complete pivot with Totals row and column computed from the values.</summary>
    public static List<(string Ref, string Value)> Pivot(string title, IReadOnlyList<PivotColumn> columns, IReadOnlyList<PivotRow> rows)
    {
        var cells = new List<(string, string)> { ("A1", title), ("C2", "Negara"), ("C3", "Pelabuhan"), ("C4", "Bulan"), ("A5", "Kode HS"), ("B5", "Tahun") };
        var totalsCol = Letters(4 + columns.Count);
        for (var i = 0; i < columns.Count; i++)
        {
            var col = Letters(4 + i);
            AddIf(cells, col + "2", columns[i].Country);
            AddIf(cells, col + "3", columns[i].Port);
            cells.Add((col + "4", columns[i].Month));
        }

        cells.Add((totalsCol + "2", "Totals"));
        var columnSums = new decimal[columns.Count];
        var rowNumber = 6;
        foreach (var row in rows)
        {
            AddIf(cells, "A" + Num(rowNumber), row.HsLabel);
            cells.Add(("B" + Num(rowNumber), row.Year));
            decimal sum = 0;
            for (var i = 0; i < row.Values.Length; i++)
            {
                AddIf(cells, Letters(4 + i) + Num(rowNumber), row.Values[i]);
                if (decimal.TryParse(row.Values[i], NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
                {
                    sum += v;
                    columnSums[i] += v;
                }
            }

            cells.Add((totalsCol + Num(rowNumber), Num(sum)));
            rowNumber++;
        }

        cells.Add(("A" + Num(rowNumber), "Totals"));
        for (var i = 0; i < columns.Count; i++)
        {
            cells.Add((Letters(4 + i) + Num(rowNumber), Num(columnSums[i])));
        }

        cells.Add((totalsCol + Num(rowNumber), Num(columnSums.Sum())));
        return cells;
    }

    /// <summary>A minimal, valid two-HS, three-column pivot (exports 2025).</summary>
    /// <remarks>Optional overrides replace a value before the totals are computed, so the totals stay consistent.</remarks>
    public static List<(string Ref, string Value)> SmallPivot(
        string title = "Ekspor HS 2 Digit Tahun 2025", string month3 = "[02] Februari", string? port3 = null, string? e6 = null, string d7 = "1.25") =>
        Pivot(
            title,
            [new(null, "TANJUNG PRIOK", "[01] Januari"), new("CHINA", "PANJANG", "[01] Januari"), new(null, port3, month3)],
            [new("[84] Machinery and mechanical appliances and part thereof", "2025", ["10.5", e6, "2000"]),
             new("[85] Electrical machinery and equipment and parts thereof", "2025", [d7, "300", null])]);

    public static byte[] Workbook(IEnumerable<(string Ref, string Value)> cells, bool sharedStrings = false, string sheetName = "Sheet1")
    {
        var strings = new List<string>();
        return WorkbookWithSheet(SheetXml(cells, sharedStrings ? strings : null), sharedStrings ? strings : null, sheetName);
    }

    /// <summary>A workbook around hand-written sheet XML (for cell encodings the cell list cannot express).</summary>
    public static byte[] WorkbookWithSheet(string sheet, List<string>? strings = null, string sheetName = "Sheet1")
    {
        var sharedStrings = strings is not null;
        var parts = new List<(string, string)>
        {
            ("[Content_Types].xml", ContentTypes),
            ("_rels/.rels", RootRels),
            ("xl/workbook.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"{Main}\" xmlns:r=\"{RelNs}\"><sheets><sheet name=\"{SecurityElement.Escape(sheetName)}\" sheetId=\"1\" r:id=\"rId7\"/></sheets></workbook>"),
            ("xl/_rels/workbook.xml.rels", WorkbookRels(sharedStrings)),
            ("xl/worksheets/data.xml", sheet),
        };
        if (sharedStrings)
        {
            var items = string.Concat(strings!.Select(s => $"<si><t>{SecurityElement.Escape(s)}</t></si>"));
            parts.Add(("xl/sharedStrings.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"{Main}\" count=\"{strings!.Count}\">{items}</sst>"));
        }

        return Zip(parts.Select(p => (p.Item1, Encoding.UTF8.GetBytes(p.Item2))));
    }

    public static byte[] Zip(IEnumerable<(string Name, byte[] Content)> entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.SmallestSize);
                entry.LastWriteTime = FixedTime;
                using var stream = entry.Open();
                stream.Write(content);
            }
        }

        return buffer.ToArray();
    }

    /// <summary>Overwrites the declared uncompressed size of an entry in both its local and central headers.</summary>
    public static void PatchDeclaredSize(byte[] zip, string entryName, uint size)
    {
        var name = Encoding.UTF8.GetBytes(entryName);
        var patched = 0;
        for (var i = 0; i + 46 < zip.Length; i++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(i));
            if (signature == 0x04034b50 && zip.AsSpan(i + 30, name.Length).SequenceEqual(name))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(i + 22), size);
                patched++;
            }
            else if (signature == 0x02014b50 && zip.AsSpan(i + 46, name.Length).SequenceEqual(name))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(zip.AsSpan(i + 24), size);
                patched++;
            }
        }

        if (patched != 2)
        {
            throw new InvalidOperationException($"expected 2 headers for {entryName}, patched {patched}");
        }
    }

    public static string Letters(int column)
    {
        var s = "";
        for (; column > 0; column = (column - 1) / 26)
        {
            s = (char)('A' + ((column - 1) % 26)) + s;
        }

        return s;
    }

    private static string SheetXml(IEnumerable<(string Ref, string Value)> cells, List<string>? sharedStrings)
    {
        var xml = new StringBuilder($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"{Main}\"><sheetData>");
        foreach (var row in cells.GroupBy(c => RowOf(c.Ref)).OrderBy(g => g.Key))
        {
            xml.Append(CultureInfo.InvariantCulture, $"<row r=\"{row.Key}\">");
            foreach (var (reference, value) in row.OrderBy(c => ColumnOf(c.Ref)))
            {
                xml.Append(Cell(reference, value, sharedStrings));
            }

            xml.Append("</row>");
        }

        return xml.Append("</sheetData></worksheet>").ToString();
    }

    private static string Cell(string reference, string value, List<string>? sharedStrings)
    {
        if (decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _) && !value.Contains(' ', StringComparison.Ordinal))
        {
            return $"<c r=\"{reference}\"><v>{value}</v></c>";
        }

        if (sharedStrings is null)
        {
            return $"<c r=\"{reference}\" t=\"str\"><v>{SecurityElement.Escape(value)}</v></c>";
        }

        sharedStrings.Add(value);
        return $"<c r=\"{reference}\" t=\"s\"><v>{sharedStrings.Count - 1}</v></c>";
    }

    private static void AddIf(List<(string, string)> cells, string reference, string? value)
    {
        if (value is not null)
        {
            cells.Add((reference, value));
        }
    }

    private static int RowOf(string reference) => int.Parse(reference.AsSpan(reference.IndexOfAny("0123456789".ToCharArray())), CultureInfo.InvariantCulture);

    private static int ColumnOf(string reference)
    {
        var n = 0;
        foreach (var ch in reference.TakeWhile(char.IsAsciiLetter))
        {
            n = (n * 26) + (ch - 'A' + 1);
        }

        return n;
    }

    private static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Num(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string WorkbookRels(bool sharedStrings) =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId7\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/data.xml\"/>"
        + (sharedStrings ? "<Relationship Id=\"rId8\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"/xl/sharedStrings.xml\"/>" : "")
        + "</Relationships>";

    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private const string ContentTypes =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        + "<Override PartName=\"/xl/worksheets/data.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>";

    private const string RootRels =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";
}
