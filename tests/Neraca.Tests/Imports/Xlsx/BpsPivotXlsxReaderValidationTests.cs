using Neraca.Imports;
using Neraca.Imports.Xlsx;
using static Neraca.Tests.Imports.Xlsx.XlsxFixtureWriter;

namespace Neraca.Tests.Imports.Xlsx;

/// <summary>Layout and value rules checked on small workbooks built in memory.</summary>
public sealed class BpsPivotXlsxReaderValidationTests
{
    [Fact]
    public void Read_YearNotInTitle_ErrorAtYearCell()
    {
        var context = Read(XlsxFixtures.Replace(SmallPivot(), "B7", "2024"));

        var error = Assert.Single(context.Errors);
        Assert.Equal((7L, "B", "2024"), (error.Position.Row, error.Position.Column, error.Value));
        ImportTexts.AssertSays(error.Reason, "pivot.yearnotintitle", "not in the title's years (2025)");
    }

    [Fact]
    public void Read_FirstDataRowWithoutHsLabel_Error()
    {
        var cells = SmallPivot();
        cells.RemoveAll(c => c.Ref == "A6");

        var error = Assert.Single(Read(cells).Errors);

        Assert.Equal((6L, "A"), (error.Position.Row, error.Position.Column));
        ImportTexts.AssertSays(error.Reason, "pivot.nolabel", "missing HS label");
    }

    [Fact]
    public void Read_BlankHsLabelAfterFirstRow_CarriesHsDown()
    {
        var cells = Pivot("Ekspor HS 2 Digit Tahun 2024,2025", [new("CHINA", "PANJANG", "[03] Maret")],
            [new("[09] Coffee, tea, mate and spices", "2024", ["1"]), new(null, "2025", ["2"])]);
        var facts = new List<RawFact>();

        var context = Read(cells, facts);

        Assert.Empty(context.Errors);
        Assert.Equal([("09", (short)2024), ("09", (short)2025)], facts.Select(f => (f.HsCode, f.Year)));
        Assert.Equal("Coffee, tea, mate and spices", context.HsLabels[("09", "en")]);
    }

    [Fact]
    public void Read_SameHsAndYearTwice_DuplicateKeyErrorNamingFirstRow()
    {
        var cells = Pivot("Impor HS 2 Digit Tahun 2025", [new("CHINA", "PANJANG", "[03] Maret")],
            [new("[84] Mesin", "2025", ["1"]), new("[84] Mesin", "2025", ["2"])]);

        var error = Assert.Single(Read(cells).Errors);

        Assert.Equal((7L, "A"), (error.Position.Row, error.Position.Column));
        ImportTexts.AssertSays(error.Reason, "pivot.duplicate", "already in row 6");
    }

    [Theory]
    [InlineData("1.2345", "pivot.cell.decimals", "more than 3 decimals")]
    [InlineData("TRUE", "pivot.cell.text", "text in a value cell")]
    public void Read_BadValue_ErrorAtCell(string value, string code, string reason)
    {
        var errors = Read(SmallPivot(e6: value)).Errors;
        var error = Assert.Single(errors, e => e.Position.Column != "G" && e.Position.Row != 8);

        Assert.Equal((6L, "E"), (error.Position.Row, error.Position.Column));
        ImportTexts.AssertSays(error.Reason, code, reason);
        Assert.True(errors.Count == 1, string.Join("\n", errors));
    }

    [Fact]
    public void Read_ExponentAndManyDigits_ExactDecimals()
    {
        var facts = new List<RawFact>();

        var context = Read(SmallPivot(e6: "1E-3", d7: "21808515891.123"), facts);

        Assert.Empty(context.Errors);
        Assert.Contains(facts, f => f.Row == 6 && f.Column == 5 && f.ValueUsd == 0.001m);
        Assert.Contains(facts, f => f.Row == 7 && f.Column == 4 && f.ValueUsd == 21808515891.123m);
    }

    [Theory]
    [InlineData("8298.6000000000004", "8298.6")]
    [InlineData("179175.48000000001", "179175.48")]
    [InlineData("2.2999999999999998", "2.3")]
    public void Read_ExcelDoubleRoundTripText_TakenAtFifteenDigits(string stored, string expected)
    {
        var facts = new List<RawFact>();

        var context = Read(SmallPivot(e6: stored), facts);

        Assert.DoesNotContain(context.Errors, e => e.Position is { Row: 6, Column: "E" });
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Assert.Single(facts, f => f.Row == 6 && f.Column == 5).ValueUsd);
    }

    [Fact]
    public void Read_InlineStringsAndRowsWithoutReferences_Read()
    {
        const string Sheet = """
            <?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
            <row><c t="inlineStr"><is><r><t>Impor HS 2 </t></r><r><t>Digit Tahun 2025</t></r></is></c></row>
            <row><c r="C2" t="inlineStr"><is><t>Negara</t></is></c><c t="inlineStr"><is><t>JAPAN</t></is></c><c t="str"><v>Totals</v></c></row>
            <row><c r="C3" t="str"><v>Pelabuhan</v></c><c t="str"><v>PANJANG</v></c></row>
            <row><c r="C4" t="str"><v>Bulan</v></c><c t="str"><v>[12] Desember</v></c></row>
            <row><c r="A5" t="str"><v>Kode HS</v></c><c t="str"><v>Tahun</v></c></row>
            <row><c r="A6" t="inlineStr"><is><t>[85] Mesin dan perlengkapan elektris serta bagiannya</t></is></c><c><v>2025</v></c><c/><c s="3"><v>7.5</v></c><c><v>7.5</v></c></row>
            <row><c r="A7" t="str"><v>Totals</v></c><c r="D7"><v>7.5</v></c><c><v>7.5</v></c></row>
            </sheetData></worksheet>
            """;
        var facts = new List<RawFact>();

        var context = Read(WorkbookWithSheet(Sheet), facts);

        Assert.Empty(context.Errors);
        var fact = Assert.Single(facts);
        Assert.Equal((Neraca.Common.Flow.Import, "85", "JAPAN", "PANJANG", (byte)12, 7.5m), (fact.Flow, fact.HsCode, fact.Country, fact.Port, fact.Month, fact.ValueUsd));
        Assert.Equal("Mesin dan perlengkapan elektris serta bagiannya", context.HsLabels[("85", "id")]);
    }

    [Fact]
    public void Read_NoTotalsRow_ErrorSaysFileMayBeCutShort()
    {
        var cells = SmallPivot();
        cells.RemoveAll(c => c.Ref.EndsWith('8') && c.Ref.Length == 2);

        var context = Read(cells);

        Assert.Contains(context.Errors, e => e.Says("pivot.nototalsrow", "no 'Totals' row"));
    }

    [Fact]
    public void Read_ValueRightOfTotalsAndDataAfterTotals_Errors()
    {
        var cells = SmallPivot();
        cells.Add(("H6", "5"));
        cells.Add(("D9", "5"));

        var context = Read(cells);

        Assert.Contains(context.Errors, e => e.Position is { Row: 6, Column: "H" } && e.Says("pivot.rightoftotals", "right of the Totals"));
        Assert.Contains(context.Errors, e => e.Position.Row == 9 && e.Says("pivot.afterTotals", "after the Totals row"));
    }

    [Fact]
    public void Read_NotAPivotLayout_ErrorsNameExpectedHeaders()
    {
        var context = Read([("A1", "Ekspor HS 2 Digit Tahun 2025"), ("A2", "something else")]);

        Assert.Contains(context.Errors, e => e.Position is { Row: 2, Column: "C" } && e.Says("pivot.header", "'Negara'"));
        Assert.Contains(context.Errors, e => e.Says("pivot.nodata", "no data rows"));
    }

    [Theory]
    [InlineData("Reaktor nuklir, ketel, mesin dan peralatan mekanis; bagian daripadanya", "id")]
    [InlineData("Machinery and mechanical appliances and part thereof", "en")]
    [InlineData("Kopi, teh, mate dan rempah-rempah", "id")]
    [InlineData("Coffee", "en")]
    public void DetectLanguage_Description_ExpectedLanguage(string description, string language)
    {
        Assert.Equal(language, HsLabel.DetectLanguage(description));
    }

    [Theory]
    [InlineData(1, "A")]
    [InlineData(26, "Z")]
    [InlineData(27, "AA")]
    [InlineData(14005, "TRQ")]
    [InlineData(16384, "XFD")]
    public void ColumnName_RoundTrip_LettersAndNumber(int column, string letters)
    {
        Assert.Equal(letters, ColumnName.ToLetters(column));
        Assert.True(ColumnName.TryParseReference(letters + "8", out var parsed, out var row));
        Assert.Equal((column, 8), (parsed, row));
    }

    private static ReadContext Read(List<(string Ref, string Value)> cells, List<RawFact>? facts = null) => Read(Workbook(cells), facts);

    private static ReadContext Read(byte[] workbook, List<RawFact>? facts = null)
    {
        var context = new ReadContext("memory.xlsx");
        var read = new BpsPivotXlsxReader().Read(new MemoryStream(workbook), context).ToList();
        facts?.AddRange(read);
        Assert.Equal(context.CellsRead, context.FactsEmitted + context.SkippedTotal);
        return context;
    }
}
