using System.Globalization;
using System.Text.Json;
using Neraca.Common;

namespace Neraca.Imports.WebApi;

/// <summary>
/// Reads a BPS WebAPI <c>dataexim</c> response: bare (<c>{"status","data-availability","data":[...]}</c>) or wrapped
/// as a recorded exchange (<c>{"request":{..},"status_code","content_type","body":{...}}</c>). The document is
/// streamed token by token; rows are yielded as they are read. Flow comes from the recorded request's
/// <c>sumber</c>, which must appear before the data (as it does in recordings), else from --flow.
/// </summary>
public sealed class BpsWebApiReader : ITradeReader
{
    /// <summary>How much of an HTML page is read to find its title.</summary>
    private const int HtmlPreviewBytes = 64 * 1024;

    public string Format => "bps-webapi";

    public IEnumerable<RawFact> Read(Stream stream, ReadContext context)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(context);
        return ReadDocument(stream, context);
    }

    private static IEnumerable<RawFact> ReadDocument(Stream stream, ReadContext context)
    {
        using var json = new JsonTokenStream(stream, context.FileName);
        StartDocument(json, context);
        var response = new WebApiResponse(context);
        if (json.TokenType == JsonTokenType.StartArray)
        {
            // A saved bare row list: no status fields to check, the rows themselves must be valid.
            foreach (var fact in ReadRows(json, response, context))
            {
                yield return fact;
            }

            response.Finish(requireStatus: false);
            yield break;
        }

        foreach (var fact in ReadObject(json, response, context, isRoot: true))
        {
            yield return fact;
        }

        response.Finish(requireStatus: true);
    }

    /// <summary>Rejects an empty file or an HTML page before any JSON parsing, then reads the first token.</summary>
    private static void StartDocument(JsonTokenStream json, ReadContext context)
    {
        var first = json.PeekFirstByte();
        if (first < 0)
        {
            throw new TradeFileException(context.FileName, ImportMessage.Of("json.empty"));
        }

        if (first == '<')
        {
            throw HtmlPage.Error(context.FileName, json.ReadRawText(HtmlPreviewBytes), null);
        }

        json.Read();
        if (json.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            throw new TradeFileException(context.FileName, ImportMessage.Of("json.scalar", json.TokenType));
        }
    }

    /// <summary>
    /// Reads the properties of the root object or of the wrapper's body. The root may be the wrapper or the
    /// bare response, so both sets of field names are understood at the root.
    /// </summary>
    private static IEnumerable<RawFact> ReadObject(JsonTokenStream json, WebApiResponse response, ReadContext context, bool isRoot)
    {
        var depth = json.Depth;
        while (json.Read() && !(json.Depth == depth && json.TokenType == JsonTokenType.EndObject))
        {
            if (json.ValueEquals("data"u8))
            {
                json.Read();
                foreach (var fact in ReadData(json, response, context))
                {
                    yield return fact;
                }
            }
            else if (isRoot && json.ValueEquals("body"u8))
            {
                json.Read();
                foreach (var fact in ReadBody(json, response, context))
                {
                    yield return fact;
                }
            }
            else
            {
                ReadField(json, response, isRoot);
            }
        }
    }

    private static IEnumerable<RawFact> ReadBody(JsonTokenStream json, WebApiResponse response, ReadContext context)
    {
        if (json.TokenType == JsonTokenType.String)
        {
            throw TextBody(json.GetString(), response, context);
        }

        if (json.TokenType != JsonTokenType.StartObject)
        {
            throw new TradeFileException(context.FileName, ImportMessage.Of("json.body", json.TokenType));
        }

        return ReadObject(json, response, context, isRoot: false);
    }

    private static TradeFileException TextBody(string body, WebApiResponse response, ReadContext context)
    {
        if (HtmlPage.Looks(body))
        {
            return HtmlPage.Error(context.FileName, body, response.HttpStatus);
        }

        var preview = body.Length > 200 ? body[..200] + "..." : body;
        return new TradeFileException(context.FileName, ImportMessage.Of("json.bodytext", preview));
    }

    /// <summary>Status fields of the response and, at the root of a wrapper, the request and HTTP status.</summary>
    private static void ReadField(JsonTokenStream json, WebApiResponse response, bool isRoot)
    {
        if (json.ValueEquals("status"u8))
        {
            response.Status = ReadScalar(json);
        }
        else if (json.ValueEquals("data-availability"u8))
        {
            response.Availability = ReadScalar(json);
        }
        else if (json.ValueEquals("message"u8))
        {
            response.Message = ReadScalar(json);
        }
        else if (isRoot && json.ValueEquals("status_code"u8))
        {
            response.HttpStatus = int.TryParse(ReadScalar(json), NumberStyles.None, CultureInfo.InvariantCulture, out var code) ? code : null;
        }
        else if (isRoot && json.ValueEquals("request"u8))
        {
            json.Read();
            response.Sumber = FindSumber(json);
        }
        else
        {
            json.Read();
            json.SkipValue();
        }
    }

    /// <summary>The value of a string or number field as text; null for JSON null or a nested value (skipped).</summary>
    private static string? ReadScalar(JsonTokenStream json)
    {
        json.Read();
        if (json.TokenType is JsonTokenType.String or JsonTokenType.Number)
        {
            return json.GetString();
        }

        json.SkipValue();
        return null;
    }

    /// <summary>Finds <c>params.sumber</c> inside the request object (the current token) and skips the rest.</summary>
    private static string? FindSumber(JsonTokenStream json)
    {
        if (json.TokenType != JsonTokenType.StartObject)
        {
            json.SkipValue();
            return null;
        }

        string? sumber = null;
        var depth = json.Depth;
        while (json.Read() && !(json.Depth == depth && json.TokenType == JsonTokenType.EndObject))
        {
            if (json.Depth == depth + 2 && json.TokenType == JsonTokenType.PropertyName && json.ValueEquals("sumber"u8))
            {
                sumber = ReadScalar(json);
            }
        }

        return sumber;
    }

    private static IEnumerable<RawFact> ReadData(JsonTokenStream json, WebApiResponse response, ReadContext context)
    {
        response.EnsureData();
        if (json.TokenType != JsonTokenType.StartArray)
        {
            throw new TradeFileException(context.FileName, ImportMessage.Of("json.data", json.TokenType));
        }

        return ReadRows(json, response, context);
    }

    /// <summary>Reads the row array (the current token is its start) and yields each valid row as a fact.</summary>
    private static IEnumerable<RawFact> ReadRows(JsonTokenStream json, WebApiResponse response, ReadContext context)
    {
        response.DataSeen = true;
        var parser = new WebApiRowParser(context, response.ResolveFlow());
        var depth = json.Depth;
        var rowIndex = 0;
        while (json.Read() && !(json.Depth == depth && json.TokenType == JsonTokenType.EndArray))
        {
            rowIndex++;
            json.CurrentRow = rowIndex;
            context.CellsRead++;
            response.Rows++;
            if (ParseRow(json, parser, context, rowIndex) is { } fact)
            {
                context.FactsEmitted++;
                yield return fact;
            }
            else
            {
                context.Skip("skip.rowerrors");
            }
        }

        json.CurrentRow = 0;
    }

    private static RawFact? ParseRow(JsonTokenStream json, WebApiRowParser parser, ReadContext context, int rowIndex)
    {
        if (json.TokenType == JsonTokenType.StartObject)
        {
            return parser.Parse(json, rowIndex);
        }

        context.Error(context.At(rowIndex), null, ImportMessage.Of("json.row", json.TokenType));
        json.SkipValue();
        return null;
    }
}
