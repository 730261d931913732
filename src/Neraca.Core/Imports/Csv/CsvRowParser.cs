using System.Globalization;
using Neraca.Common;
using Neraca.Storage;

namespace Neraca.Imports.Csv;

/// <summary>
/// Turns one record into a fact, working on spans (no per-row LINQ, regex or substring). Every problem in the
/// row is reported with line, column name, value and reason; a row with any problem gives no fact.
/// </summary>
internal sealed class CsvRowParser(CsvHeader header, ReadContext context)
{
    private const decimal UnitsPerMillion = 1_000_000m;

    private readonly CsvNumberParser numbers = new(context);
    private readonly StringPool strings = new();
    private CsvLine record = null!;
    private long line;
    private bool hasError;
    private short lastKnownProvince = -1;

    public RawFact? Parse(CsvLine csv, long lineNumber)
    {
        record = csv;
        line = lineNumber;
        hasError = false;
        var (year, month) = ParsePeriod();
        var flow = ParseFlow();
        var province = ParseProvince();
        var hs = ParseHs();
        var country = strings.Get(Field(CsvColumn.Country));
        var port = strings.Get(Field(CsvColumn.Port));
        var value = ParseValue();
        var weight = ParseAmount(CsvColumn.NetWeightKg, required: false);
        if (hasError)
        {
            return null;
        }

        // A row naming no HS code, country or port is a published total (e.g. a press release's monthly
        // figure), not a detail fact: the two are stored apart and never added together.
        var basis = hs.Length == 0 && country.Length == 0 && port.Length == 0 ? Basis.PublishedTotal : Basis.Detail;
        return new RawFact(flow, year, month, basis, hs, country, port, province, value, weight, checked((int)line), 0);
    }

    private ReadOnlySpan<char> Field(CsvColumn column)
    {
        var index = header.IndexOf(column);
        return index < 0 ? [] : record[index].Trim();
    }

    /// <summary>YYYY-MM (a month) or YYYY (a year, Month 0).</summary>
    private (short Year, byte Month) ParsePeriod()
    {
        var text = Field(CsvColumn.Period);
        short year = 0;
        var yearOk = text.Length >= 4 && short.TryParse(text[..4], NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= 1900 and <= 2100;
        if (yearOk && text.Length == 4)
        {
            return (year, 0);
        }

        if (yearOk && text.Length == 7 && text[4] == '-' && byte.TryParse(text[5..], NumberStyles.None, CultureInfo.InvariantCulture, out var month))
        {
            if (month is >= 1 and <= 12)
            {
                return (year, month);
            }

            Fail(CsvColumn.Period, text, ImportMessage.Of("csv.month", month));
            return default;
        }

        Fail(CsvColumn.Period, text, ImportMessage.Of("csv.period"));
        return default;
    }

    private Flow ParseFlow()
    {
        if (!header.Has(CsvColumn.Flow))
        {
            return context.FlowOverride!.Value;
        }

        var text = Field(CsvColumn.Flow);
        var flow = FlowNames.Parse(text);
        if (flow is null)
        {
            Fail(CsvColumn.Flow, text, ImportMessage.Of("csv.flow"));
            return default;
        }

        if (context.FlowOverride is { } stated && stated != flow)
        {
            Fail(CsvColumn.Flow, text, ImportMessage.Of("csv.flowmismatch", ImportMessages.Flow(flow.Value), ImportMessages.Flow(stated)));
        }

        return flow.Value;
    }

    private short? ParseProvince()
    {
        var text = Field(CsvColumn.Province);
        if (text.IsEmpty)
        {
            return null; // the import applies --province (ImportRun.ProvinceOf), not the reader
        }

        if (!short.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var code))
        {
            Fail(CsvColumn.Province, text, ImportMessage.Of("csv.province"));
            return null;
        }

        // Files usually hold one province; remembering the last known code avoids a table scan per row.
        if (code != lastKnownProvince && !ProvinceCode.IsKnown(code))
        {
            Fail(CsvColumn.Province, text, ImportMessage.Of("csv.province.unknown"));
            return null;
        }

        lastKnownProvince = code;
        return code;
    }

    /// <summary>2-10 digits; dots as in "0901.11" are dropped. Empty means unspecified.</summary>
    private string ParseHs()
    {
        var text = Field(CsvColumn.HsCode);
        Span<char> digits = stackalloc char[10];
        var count = 0;
        foreach (var c in text)
        {
            if (c == '.')
            {
                continue;
            }

            if (c is < '0' or > '9' || count == digits.Length)
            {
                Fail(CsvColumn.HsCode, text, ImportMessage.Of("csv.hs"));
                return "";
            }

            digits[count++] = c;
        }

        if (count == 1)
        {
            Fail(CsvColumn.HsCode, text, ImportMessage.Of("csv.hs"));
            return "";
        }

        return strings.Get(digits[..count]);
    }

    /// <summary>US$, from value_usd, or from value_musd times 1,000,000; at most 3 decimals of a dollar.</summary>
    private decimal ParseValue()
    {
        var inMillions = header.Has(CsvColumn.ValueMusd);
        var column = inMillions ? CsvColumn.ValueMusd : CsvColumn.ValueUsd;
        var amount = ParseAmount(column, required: true);
        return amount is { } parsed && inMillions ? parsed * UnitsPerMillion : amount ?? 0m;
    }

    private decimal? ParseAmount(CsvColumn column, bool required)
    {
        var text = Field(column);
        if (text.IsEmpty)
        {
            if (required)
            {
                Fail(column, text, ImportMessage.Of("csv.missing"));
            }

            return null;
        }

        var reason = numbers.TryParse(text, line, header.NameOf(column), out var amount);
        var scaled = column == CsvColumn.ValueMusd ? amount * UnitsPerMillion : amount;
        reason ??= amount < 0m ? ImportMessage.Of("value.negative") : null;
        reason ??= Money.TryToMilli(scaled, out _) ? null : ImportMessage.Of("csv.decimals");
        if (reason is not null)
        {
            Fail(column, text, reason);
            return null;
        }

        return amount;
    }

    private void Fail(CsvColumn column, ReadOnlySpan<char> text, ImportMessage reason)
    {
        hasError = true;
        context.Error(context.At(line, header.NameOf(column)), text.ToString(), reason);
    }
}
