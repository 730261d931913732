using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Neraca.Imports.WebApi;

/// <summary>
/// Pull-style JSON tokens from a stream with constant memory: a <see cref="Utf8JsonReader"/> is rebuilt over a
/// refilled buffer for each token (it is a ref struct, so it cannot live across the iterator's yields).
/// Only the current token's value is kept; numbers are kept as their raw text so they parse exactly as decimal.
/// </summary>
internal sealed class JsonTokenStream(Stream stream, string fileName) : IDisposable
{
    private const int InitialBufferSize = 64 * 1024;

    // A single token larger than this (a giant string) is not API data we want to hold in memory.
    private const int MaxBufferSize = 64 * 1024 * 1024;

    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    private byte[] buffer = ArrayPool<byte>.Shared.Rent(InitialBufferSize);
    private int start;
    private int end;
    private bool isFinal;
    private bool started;
    private long consumedBefore;
    private JsonReaderState state;

    private byte[] value = new byte[256];
    private int valueLength;

    public JsonTokenType TokenType { get; private set; }

    /// <summary>The data row being read (1-based), so a damaged file's message says where it broke; 0 outside rows.</summary>
    public int CurrentRow { get; set; }

    /// <summary>Nesting depth of the current token as <see cref="Utf8JsonReader.CurrentDepth"/> reports it.</summary>
    public int Depth { get; private set; }

    /// <summary>Byte offset of the current token in the file, for messages about unreadable JSON.</summary>
    public long Offset { get; private set; }

    /// <summary>Unescaped UTF-8 of the current string or property name, or the raw text of a number.</summary>
    public ReadOnlySpan<byte> ValueSpan => value.AsSpan(0, valueLength);

    /// <summary>The first non-whitespace byte of the file (after a UTF-8 BOM), or -1 for an empty file.</summary>
    public int PeekFirstByte()
    {
        EnsureStarted();
        var rest = buffer.AsSpan(start, end - start);
        var index = rest.IndexOfAnyExcept(" \t\r\n"u8);
        while (index < 0 && !isFinal)
        {
            start = end;
            Refill();
            rest = buffer.AsSpan(start, end - start);
            index = rest.IndexOfAnyExcept(" \t\r\n"u8);
        }

        return index < 0 ? -1 : rest[index];
    }

    /// <summary>The remaining raw text, up to <paramref name="maxBytes"/>: used to quote an HTML page that is not JSON.</summary>
    public string ReadRawText(int maxBytes)
    {
        EnsureStarted();
        while (!isFinal && end - start < maxBytes)
        {
            Refill();
        }

        return Encoding.UTF8.GetString(buffer, start, Math.Min(maxBytes, end - start));
    }

    /// <summary>Advances to the next token; false at the end of the document.</summary>
    public bool Read()
    {
        EnsureStarted();
        while (true)
        {
            if (TryReadToken())
            {
                return true;
            }

            if (isFinal)
            {
                return false;
            }

            Refill();
        }
    }

    public bool ValueEquals(ReadOnlySpan<byte> text) => ValueSpan.SequenceEqual(text);

    public string GetString() => Encoding.UTF8.GetString(ValueSpan);

    /// <summary>Exact decimal of the current number token (no detour through double).</summary>
    public bool TryGetDecimal(out decimal result)
    {
        var reader = new Utf8JsonReader(ValueSpan, isFinalBlock: true, state: default);
        result = 0m;
        return reader.Read() && reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out result);
    }

    /// <summary>Skips the value that starts at the current token (a whole object or array, or one scalar).</summary>
    public void SkipValue()
    {
        if (TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            return;
        }

        var depth = Depth;
        while (Read())
        {
            if (Depth == depth && TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray)
            {
                return;
            }
        }
    }

    public void Dispose()
    {
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            buffer = [];
        }
    }

    private bool TryReadToken()
    {
        var reader = new Utf8JsonReader(buffer.AsSpan(start, end - start), isFinal, state);
        try
        {
            if (!reader.Read())
            {
                return false;
            }
        }
        catch (JsonException ex)
        {
            var at = consumedBefore + start + reader.BytesConsumed;
            throw new TradeFileException(fileName, CurrentRow > 0
                ? ImportMessage.Of("json.invalid.row", at, CurrentRow, ex.Message)
                : ImportMessage.Of("json.invalid", at, ex.Message), ex);
        }

        Capture(ref reader);
        Offset = consumedBefore + start + reader.TokenStartIndex;
        start += (int)reader.BytesConsumed;
        state = reader.CurrentState;
        return true;
    }

    private void Capture(ref Utf8JsonReader reader)
    {
        TokenType = reader.TokenType;
        Depth = reader.CurrentDepth;
        valueLength = 0;
        if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName or JsonTokenType.Number)
        {
            var length = reader.ValueSpan.Length;
            if (value.Length < length)
            {
                value = new byte[Math.Max(length, value.Length * 2)];
            }

            // CopyString unescapes; numbers are never escaped and their raw span is what we want to keep.
            valueLength = reader.TokenType == JsonTokenType.Number || !reader.ValueIsEscaped
                ? CopyRaw(reader.ValueSpan)
                : reader.CopyString(value);
        }
    }

    private int CopyRaw(ReadOnlySpan<byte> span)
    {
        span.CopyTo(value);
        return span.Length;
    }

    private void EnsureStarted()
    {
        if (started)
        {
            return;
        }

        started = true;
        Refill();
        if (buffer.AsSpan(start, end - start).StartsWith(Utf8Bom))
        {
            start += Utf8Bom.Length;
        }
    }

    /// <summary>Keeps the unread bytes, grows the buffer when one token fills it, and reads more.</summary>
    private void Refill()
    {
        if (start > 0)
        {
            Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
            consumedBefore += start;
            end -= start;
            start = 0;
        }

        if (end == buffer.Length)
        {
            Grow();
        }

        var read = stream.Read(buffer, end, buffer.Length - end);
        end += read;
        isFinal = read == 0;
    }

    private void Grow()
    {
        if (buffer.Length >= MaxBufferSize)
        {
            throw new TradeFileException(fileName, ImportMessage.Of("json.toolarge", MaxBufferSize / (1024 * 1024)));
        }

        var bigger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
        Buffer.BlockCopy(buffer, 0, bigger, 0, end);
        ArrayPool<byte>.Shared.Return(buffer);
        buffer = bigger;
    }
}
