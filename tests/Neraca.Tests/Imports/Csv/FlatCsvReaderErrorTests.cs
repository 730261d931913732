using Neraca.Imports;

namespace Neraca.Tests.Imports.Csv;

public class FlatCsvReaderErrorTests
{
    [Theory]
    [InlineData("bad_period.csv", "period", "2024/01", "csv.period", "not a period YYYY-MM or YYYY")]
    [InlineData("month_13.csv", "period", "2024-13", "csv.month", "month 13 is not 1-12")]
    [InlineData("unknown_flow.csv", "flow", "transit", "csv.flow", "unknown flow")]
    [InlineData("negative_value.csv", "value_usd", "-10", "value.negative", "negative value")]
    [InlineData("text_value.csv", "value_usd", "ten dollars", "csv.nan", "not a number")]
    [InlineData("four_decimals.csv", "value_usd", "10.1234", "csv.decimals", "more than 3 decimals")]
    [InlineData("unknown_province.csv", "province", "20", "csv.province.unknown", "unknown BPS province code")]
    public void BadValue_IsReportedWithLineColumnValueAndReason(string file, string column, string value, string code, string reason)
    {
        var (facts, context) = FlatCsvReaderTests.ReadFixture(file);

        Assert.Empty(facts);
        var error = Assert.Single(context.Errors);
        Assert.Equal((file, 2L, column, value), (error.Position.File, error.Position.Row!.Value, error.Position.Column!, error.Value!));
        ImportTexts.AssertSays(error.Reason, code, reason);
        Assert.Equal(1, context.Skipped["skip.rowerrors"]);
    }

    [Fact]
    public void EmptyFile_IsAFileError()
    {
        var ex = Assert.Throws<TradeFileException>(() => FlatCsvReaderTests.ReadFixture("empty.csv"));

        Assert.Equal("empty.csv: empty file (no header line)", ex.Message);
    }

    [Fact]
    public void HeaderMissingRequiredColumns_ListsEach()
    {
        var (facts, context) = FlatCsvReaderTests.ReadFixture("missing_columns.csv");

        Assert.Empty(facts);
        Assert.Equal(2, context.ErrorCount);
        Assert.All(context.Errors, e => Assert.Equal(1, e.Position.Row));
        Assert.Contains(context.Errors, e => e.Says("csv.noflow", "'flow'"));
        Assert.Contains(context.Errors, e => e.Says("csv.novalue", "'value_usd'"));
        Assert.Equal(0, context.CellsRead);
    }

    [Fact]
    public void UnknownHeader_IsNamed()
    {
        var (_, context) = FlatCsvReaderTests.ReadFixture("unknown_column.csv");

        var error = Assert.Single(context.Errors);
        Assert.Equal(("komoditas", "komoditas"), (error.Position.Column!, error.Value!));
        ImportTexts.AssertSays(error.Reason, "csv.unknowncolumn", "unknown column");
    }

    [Fact]
    public void WrongColumnCount_IsReportedPerLine()
    {
        var (facts, context) = FlatCsvReaderTests.ReadFixture("wrong_column_count.csv");

        Assert.Equal(4, Assert.Single(facts).Row);
        Assert.Equal([2L, 3L], context.Errors.Select(e => e.Position.Row!.Value));
        ImportTexts.AssertSays(context.Errors[0].Reason, "csv.fieldcount", "has 7 fields but the header has 8");
    }

    [Fact]
    public void ThousandsSeparators_OnlyWhenUnambiguous()
    {
        var (facts, context) = FlatCsvReaderTests.ReadFixture("ambiguous_thousands.csv");

        Assert.Equal([1.5m, 1_234_567m], facts.Select(f => f.ValueUsd));
        Assert.Equal([3L, 5L], context.Errors.Select(e => e.Position.Row!.Value));
        ImportTexts.AssertSays(context.Errors[0].Reason, "csv.separator.ambiguous", "ambiguous");
        ImportTexts.AssertSays(context.Errors[1].Reason, "csv.separator.grouping", "does not group thousands in threes");
    }

    [Fact]
    public void ManyErrors_AreAllReportedAndEveryLineAccounted()
    {
        var (facts, context) = FlatCsvReaderTests.ReadFixture("many_errors.csv");

        Assert.Single(facts);
        Assert.Equal(6, context.ErrorCount); // month 13; flow, province, hs, value on line 4; text on line 6
        Assert.Equal([2L, 4L, 4L, 4L, 4L, 6L], context.Errors.Select(e => e.Position.Row!.Value));
        Assert.Equal(5, context.CellsRead);
        Assert.Equal(context.CellsRead, context.FactsEmitted + context.SkippedTotal);
        Assert.Equal(1, context.Skipped["skip.emptyline"]);
    }
}
