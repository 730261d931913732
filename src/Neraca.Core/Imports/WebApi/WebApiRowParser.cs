using System.Globalization;
using System.Text.Json;
using Neraca.Common;

namespace Neraca.Imports.WebApi;

/// <summary>
/// Turns one <c>data</c> element into a fact, or reports each problem with row index, field, value and reason.
/// Field names are compared as UTF-8 bytes so no string is made for them.
/// </summary>
internal sealed class WebApiRowParser(ReadContext context, Flow flow)
{
    // The recorded responses label HS chapters in English (e.g. "Fish, crustaceans and mollusca").
    private const string LabelLanguage = "en";

    private readonly HashSet<(short Year, byte Month, string Hs, string Port, string Country)> keys = [];

    private int row;
    private bool hasError;
    private string? tahunText;
    private string? bulanText;
    private string? kodehsText;
    private string port = "";
    private string country = "";
    private decimal? value;
    private decimal? netWeight;

    /// <summary>Parses the object whose StartObject is the current token; null when the row has errors.</summary>
    public RawFact? Parse(JsonTokenStream json, int rowIndex)
    {
        Reset(rowIndex);
        var depth = json.Depth;
        while (json.Read() && !(json.Depth == depth && json.TokenType == JsonTokenType.EndObject))
        {
            if (json.TokenType == JsonTokenType.PropertyName)
            {
                ReadField(json);
            }
        }

        return Build();
    }

    private void Reset(int rowIndex)
    {
        row = rowIndex;
        hasError = false;
        tahunText = bulanText = kodehsText = null;
        port = country = "";
        value = netWeight = null;
    }

    private void ReadField(JsonTokenStream json)
    {
        var name = json.ValueSpan;
        if (name.SequenceEqual("tahun"u8))
        {
            tahunText = ReadText(json, "tahun");
        }
        else if (name.SequenceEqual("bulan"u8))
        {
            bulanText = ReadText(json, "bulan");
        }
        else if (name.SequenceEqual("kodehs"u8))
        {
            kodehsText = ReadText(json, "kodehs");
        }
        else if (name.SequenceEqual("pod"u8))
        {
            port = ReadText(json, "pod")?.Trim() ?? "";
        }
        else if (name.SequenceEqual("ctr"u8))
        {
            country = ReadText(json, "ctr")?.Trim() ?? "";
        }
        else if (name.SequenceEqual("value"u8))
        {
            value = ReadAmount(json, "value");
        }
        else if (name.SequenceEqual("netweight"u8))
        {
            netWeight = ReadAmount(json, "netweight");
        }
        else
        {
            // Fields the reader does not use (none in the recorded responses) are passed over.
            json.Read();
            json.SkipValue();
        }
    }

    /// <summary>A string, a number written as text (tahun may come either way), or null.</summary>
    private string? ReadText(JsonTokenStream json, string field)
    {
        json.Read();
        switch (json.TokenType)
        {
            case JsonTokenType.String:
            case JsonTokenType.Number:
                return json.GetString();
            case JsonTokenType.Null:
                return null;
            default:
                Fail(field, null, ImportMessage.Of("json.text", json.TokenType));
                json.SkipValue();
                return null;
        }
    }

    /// <summary>US$ or kg: an exact decimal from the raw number token, at most 3 decimals, not negative.</summary>
    private decimal? ReadAmount(JsonTokenStream json, string field)
    {
        json.Read();
        if (json.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        if (json.TokenType != JsonTokenType.Number)
        {
            var shown = json.TokenType == JsonTokenType.String ? json.GetString() : json.TokenType.ToString();
            Fail(field, shown, ImportMessage.Of("json.nan"));
            json.SkipValue();
            return null;
        }

        var raw = json.GetString();
        if (!json.TryGetDecimal(out var amount))
        {
            Fail(field, raw, ImportMessage.Of("json.range"));
            return null;
        }

        return CheckAmount(field, raw, amount);
    }

    private decimal? CheckAmount(string field, string raw, decimal amount)
    {
        if (amount < 0m)
        {
            Fail(field, raw, ImportMessage.Of("value.negative"));
            return null;
        }

        if (!Money.TryToMilli(amount, out _))
        {
            Fail(field, raw, ImportMessage.Of("json.decimals"));
            return null;
        }

        return amount;
    }

    private RawFact? Build()
    {
        var year = ParseYear();
        var month = ParseMonth();
        var hs = ParseHs();
        if (value is null && !hasError)
        {
            Fail("value", null, ImportMessage.Of("json.novalue"));
        }

        if (hasError)
        {
            return null;
        }

        if (!keys.Add((year, month, hs, port, country)))
        {
            Fail("kodehs", kodehsText, ImportMessage.Of("json.duplicate", year, month, hs, port, country));
            return null;
        }

        return new RawFact(flow, year, month, Basis.Detail, hs, country, port, null,
            value!.Value, netWeight, row, 0);
    }

    private short ParseYear()
    {
        if (tahunText is null)
        {
            Fail("tahun", null, ImportMessage.Of("json.noyear"));
            return 0;
        }

        if (!short.TryParse(tahunText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1900 or > 2100)
        {
            Fail("tahun", tahunText, ImportMessage.Of("json.year"));
        }

        return year;
    }

    /// <summary>"[11] November" → 11; no bulan means an annual row → 0.</summary>
    private byte ParseMonth()
    {
        if (bulanText is null)
        {
            return 0;
        }

        if (BracketLabel.TrySplit(bulanText, out var code, out _)
            && byte.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12)
        {
            return month;
        }

        Fail("bulan", bulanText, ImportMessage.Of("json.month"));
        return 0;
    }

    private string ParseHs()
    {
        if (kodehsText is null)
        {
            Fail("kodehs", null, ImportMessage.Of("json.nohs"));
            return "";
        }

        if (!BracketLabel.TrySplit(kodehsText, out var code, out var label) || code.Length is < 2 or > 10)
        {
            Fail("kodehs", kodehsText, ImportMessage.Of("json.hs"));
            return "";
        }

        if (label.Length > 0)
        {
            context.HsLabels.TryAdd((code, LabelLanguage), label);
        }

        return code;
    }

    private void Fail(string field, string? shown, ImportMessage reason)
    {
        hasError = true;
        context.Error(context.At(row, field), shown, reason);
    }
}
