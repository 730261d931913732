using System.Text;
using Neraca.Imports;
using Neraca.Imports.Csv;

namespace Neraca.Tests.Imports.Csv;

public class FlatCsvReaderStreamingTests
{
    private const int Rows = 200_000;

    /// <summary>Generates the CSV on the fly so the test itself holds no large buffer.</summary>
    private static IEnumerable<string> Lines(int rows = Rows)
    {
        yield return "period,flow,province,hs_code,country,port,value_usd,netweight_kg\n";
        string[] countries = ["JP", "CN", "US", "IN", "VN"];
        for (var i = 0; i < rows; i++)
        {
            var month = (i % 12) + 1;
            yield return string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"2024-{month:00},export,18,0901.{i % 100:00},{countries[i % 5]},PANJANG,{i}.125,{i % 1000}\n");
        }
    }

    [Fact]
    public void LargeFile_StreamsWithBoundedAllocationPerRow()
    {
        // One-time costs (JIT of the reader, pools filled on first use) are paid on a small file first.
        using (var warmUp = new GeneratedStream(Lines(20_000)))
        {
            foreach (var _ in new FlatCsvReader().Read(warmUp, new ReadContext("warm-up.csv")))
            {
            }
        }

        using var stream = new GeneratedStream(Lines());
        var context = new ReadContext("generated.csv");
        var facts = new FlatCsvReader().Read(stream, context);

        var before = GC.GetAllocatedBytesForCurrentThread();
        long count = 0;
        decimal sum = 0m;
        foreach (var fact in facts)
        {
            count++;
            sum += fact.ValueUsd;
        }

        var perRow = (GC.GetAllocatedBytesForCurrentThread() - before) / (double)Rows;
        Assert.Equal(Rows, count);
        Assert.Equal(0, context.ErrorCount);
        Assert.Equal(((decimal)Rows * (Rows - 1) / 2) + (0.125m * Rows), sum);

        // The generator allocates each line (~150 bytes); the reader must add no per-row materialization
        // beyond that (pooled strings, span parsing), so allocation per row stays small and constant.
        // Measured 485 or 529 bytes per row in repeated runs of the same build: whether the JIT has optimized the reader
        // (and stack-allocates what does not escape) by then varies from run to run. The bound keeps a margin above both;
        // a reader that materialized each row's fields again would add more than that margin.
        Assert.True(perRow < 600, $"allocated {perRow:F0} bytes per row");
    }

    [Fact]
    public void FirstFact_ArrivesBeforeTheWholeFileIsRead()
    {
        using var stream = new GeneratedStream(Lines());
        using var facts = new FlatCsvReader().Read(stream, new ReadContext("generated.csv")).GetEnumerator();

        Assert.True(facts.MoveNext());
        Assert.True(stream.LinesServed < 10_000, $"{stream.LinesServed} lines were read for the first fact");
    }

    /// <summary>A read-only stream over lines produced lazily, counting how many were pulled.</summary>
    private sealed class GeneratedStream(IEnumerable<string> lines) : Stream
    {
        private readonly IEnumerator<string> source = lines.GetEnumerator();
        private byte[] pending = [];
        private int offset;

        public long LinesServed { get; private set; }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (this.offset == pending.Length)
            {
                if (!source.MoveNext())
                {
                    return 0;
                }

                LinesServed++;
                pending = Encoding.UTF8.GetBytes(source.Current);
                this.offset = 0;
            }

            var n = Math.Min(count, pending.Length - this.offset);
            Array.Copy(pending, this.offset, buffer, offset, n);
            this.offset += n;
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
                source.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
