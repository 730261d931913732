using Neraca.Common;
using Neraca.Imports;
using Neraca.Imports.Xlsx;

namespace Neraca.Tests.Imports.Xlsx;

public sealed class BpsPivotXlsxReaderFixtureTests
{
    [Theory]
    [InlineData("valid_small.xlsx")]
    [InlineData("valid_shared_strings.xlsx")]
    public void Read_ValidSmallFixture_FactsWithHeadersCarriedAcross(string name)
    {
        var (context, facts) = ReadFixture(name);

        Assert.Empty(context.Errors);
        Assert.All(context.Reconciliation, c => Assert.True(c.Ok, c.ToString()));
        Assert.Equal(
            [
                (6, 4, "", "TANJUNG PRIOK", (byte)1, "84", 10.5m),
                (6, 6, "CHINA", "PANJANG", (byte)2, "84", 2000m),
                (7, 4, "", "TANJUNG PRIOK", (byte)1, "85", 1.25m),
                (7, 5, "CHINA", "PANJANG", (byte)1, "85", 300m),
            ],
            facts.Select(f => (f.Row, f.Column, f.Country, f.Port, f.Month, f.HsCode, f.ValueUsd)));
        Assert.All(facts, f => Assert.Equal(Flow.Export, f.Flow));
        Assert.Equal(context.CellsRead, context.FactsEmitted + context.SkippedTotal);
        Assert.Equal(12, context.CellsRead); // rows 6, 7, Totals × columns D..G
        Assert.Equal(2, context.Skipped[PivotSheetParser.SkipEmpty]);
        Assert.Equal(2, context.Skipped[PivotSheetParser.SkipRowTotal]);
        Assert.Equal(3, context.Skipped[PivotSheetParser.SkipColumnTotal]);
        Assert.Equal(1, context.Skipped[PivotSheetParser.SkipGrandTotal]);
    }

    [Theory]
    [InlineData("empty.xlsx", "empty")]
    [InlineData("truncated.xlsx", "truncated")]
    [InlineData("zip_bomb_ratio.xlsx", "ZIP bomb")]
    [InlineData("zip_bomb_lying_size.xlsx", "truncated")]
    [InlineData("zip_declared_huge.xlsx", "declared uncompressed size")]
    public void Read_UnreadableFile_ThrowsTradeFileExceptionNamingFileAndProblem(string name, string problem)
    {
        var error = Assert.Throws<TradeFileException>(() => ReadFixture(name));

        Assert.Contains(name, error.Message, StringComparison.Ordinal);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TextInValueCell_ErrorAtCell()
    {
        var (context, _) = ReadFixture("text_value.xlsx");

        var error = Assert.Single(context.Errors);
        Assert.Equal((6L, "E"), (error.Position.Row, error.Position.Column));
        Assert.Equal("n/a", error.Value);
        ImportTexts.AssertSays(error.Reason, "pivot.cell.text", "text in a value cell");
        Assert.Equal("Sheet1", error.Position.Sheet);
        Assert.Equal(context.CellsRead, context.FactsEmitted + context.SkippedTotal);
    }

    [Fact]
    public void Read_NegativeValue_ErrorAtCellAndNoFact()
    {
        var (context, facts) = ReadFixture("negative_value.xlsx");

        var error = Assert.Single(context.Errors);
        Assert.Equal((7L, "D", "-5"), (error.Position.Row, error.Position.Column, error.Value));
        ImportTexts.AssertSays(error.Reason, "value.negative", "negative value");
        Assert.DoesNotContain(facts, f => f.Row == 7 && f.Column == 4);
    }

    [Fact]
    public void Read_Month13_ErrorNamingHeaderCell()
    {
        var (context, facts) = ReadFixture("month_13.xlsx");

        var error = Assert.Single(context.Errors);
        Assert.Equal((4L, "F"), (error.Position.Row, error.Position.Column));
        ImportTexts.AssertSays(error.Reason, "pivot.month.range", "month out of range");
        Assert.DoesNotContain(facts, f => f.Column == 6);
        Assert.Equal(1, context.Skipped[PivotSheetParser.SkipInvalidKey]);
    }

    [Fact]
    public void Read_DuplicateColumnKey_ErrorNamingBothColumns()
    {
        var (context, _) = ReadFixture("duplicate_key.xlsx");

        var error = Assert.Single(context.Errors);
        Assert.Equal((4L, "F"), (error.Position.Row, error.Position.Column));
        ImportTexts.AssertSays(error.Reason, "pivot.duplicatecolumn", "duplicate key");
        Assert.Contains("column E", error.Reason.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TitleWithoutFlowAndNoOverride_ErrorAtTitleAndNoFacts()
    {
        var (context, facts) = ReadFixture("no_flow.xlsx");

        var error = Assert.Single(context.Errors);
        Assert.Equal((1L, "A"), (error.Position.Row, error.Position.Column));
        ImportTexts.AssertSays(error.Reason, "pivot.noflow", "no flow");
        Assert.Empty(facts);
        Assert.Equal(context.CellsRead, context.SkippedTotal);
    }

    [Fact]
    public void Read_TitleWithoutFlowButOverride_UsesOverride()
    {
        var (context, facts) = ReadFixture("no_flow.xlsx", Flow.Import);

        Assert.Empty(context.Errors);
        Assert.Equal(4, facts.Count);
        Assert.All(facts, f => Assert.Equal(Flow.Import, f.Flow));
    }

    [Fact]
    public void Read_TitleFlowConflictsWithOverride_ErrorNamingBoth()
    {
        var (context, facts) = ReadFixture("valid_small.xlsx", Flow.Import);

        var error = Assert.Single(context.Errors);
        Assert.Equal((1L, "A"), (error.Position.Row, error.Position.Column));
        ImportTexts.AssertSays(error.Reason, "pivot.flowmismatch", "export");
        Assert.Contains("import", error.Reason.ToString(), StringComparison.Ordinal);
        Assert.Contains("ekspor", error.Reason.In(ImportMessages.Indonesian), StringComparison.Ordinal);
        Assert.Empty(facts);
    }

    [Fact]
    public void Read_TitleFlowAgreesWithOverride_NoError()
    {
        var (context, facts) = ReadFixture("valid_small.xlsx", Flow.Export);

        Assert.Empty(context.Errors);
        Assert.Equal(4, facts.Count);
    }

    internal static (ReadContext Context, List<RawFact> Facts) ReadFixture(string name, Flow? flow = null)
    {
        var context = new ReadContext(name) { FlowOverride = flow };
        using var stream = File.OpenRead(XlsxFixtures.PathOf(name));
        return (context, new BpsPivotXlsxReader().Read(stream, context).ToList());
    }
}
