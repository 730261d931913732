namespace Neraca.Imports.Xlsx;

/// <summary>Shared budget of decompressed bytes for one file: declared sizes in a ZIP can lie, actual bytes cannot.</summary>
internal sealed class DecompressionBudget(long limit, string fileName)
{
    private long _used;

    public void Consume(long bytes, string entryName)
    {
        _used += bytes;
        if (_used > limit)
        {
            throw new TradeFileException(fileName, ImportMessage.Of("xlsx.bomb.budget", entryName, limit));
        }
    }
}

/// <summary>
/// Read-only wrapper over a ZIP entry stream that counts bytes actually decompressed and stops as soon as an
/// entry exceeds its declared size or the file exceeds its budget, before the bytes reach the XML parser.
/// </summary>
internal sealed class BoundedReadStream(Stream inner, long declaredLength, string entryName, string fileName, DecompressionBudget budget)
    : Stream
{
    private long _read;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var n = inner.Read(buffer);
        _read += n;
        if (_read > declaredLength)
        {
            throw new TradeFileException(fileName, ImportMessage.Of("xlsx.bomb.declared", entryName, declaredLength));
        }

        budget.Consume(n, entryName);
        return n;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
