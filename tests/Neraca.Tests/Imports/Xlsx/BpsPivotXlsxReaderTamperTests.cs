using System.IO.Compression;
using System.Text;
using Neraca.Imports;
using Neraca.Imports.Xlsx;

namespace Neraca.Tests.Imports.Xlsx;

public sealed class BpsPivotXlsxReaderTamperTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("neraca-xlsx-").FullName;

    [Fact]
    public void Read_SampleWithOneCellPlusOneDollar_RejectedNamingRowAndColumn()
    {
        // F6 of the 2025 import file is 8298.6 (AFGHANISTAN / SOEKARNO-HATTA (U) / April, HS 84).
        var path = CopyWithSheetEdit("exim_impor_2025.xlsx", "<c r=\"F6\"><v>8298.6</v></c>", "<c r=\"F6\"><v>8299.6</v></c>");
        var context = new ReadContext(Path.GetFileName(path));
        using (var stream = File.OpenRead(path))
        {
            _ = new BpsPivotXlsxReader().Read(stream, context).ToList();
        }

        var error = Assert.Single(context.Errors);
        Assert.Equal((8L, "F"), (error.Position.Row, error.Position.Column));
        ImportTexts.AssertSays(error.Reason, "pivot.columntotal.suspect", "column F (AFGHANISTAN / SOEKARNO-HATTA (U) / month 4)");
        Assert.Contains("stated 8298.6, cells sum to 8299.6", error.Reason.ToString(), StringComparison.Ordinal);
        Assert.Contains("tertulis 8298.6, jumlah sel 8299.6", error.Reason.In(ImportMessages.Indonesian), StringComparison.Ordinal);
        Assert.Contains("row 6 (HS 84, year 2025", error.Reason.ToString(), StringComparison.Ordinal);
        // The labels inside the message follow its language too (no "column", "row", "year" on an Indonesian page).
        Assert.Contains("kolom F (AFGHANISTAN / SOEKARNO-HATTA (U) / bulan 4)", error.Reason.In(ImportMessages.Indonesian), StringComparison.Ordinal);
        Assert.Contains("baris 6 (HS 84, tahun 2025", error.Reason.In(ImportMessages.Indonesian), StringComparison.Ordinal);
        var failed = Assert.Single(context.Reconciliation, c => !c.Ok);
        Assert.Equal(1m, failed.Difference);
    }

    [Fact]
    public void Read_NonSeekableStream_SameFactsAsFile()
    {
        var path = Path.Combine(SharedData.BpsFolder, "exim_ekspor_2025.xlsx");
        using var file = File.OpenRead(path);
        var fromFile = new BpsPivotXlsxReader().Read(file, new ReadContext("a")).ToList();
        var context = new ReadContext("b");
        using var pipe = new NonSeekableStream(File.OpenRead(path));

        var fromPipe = new BpsPivotXlsxReader().Read(pipe, context).ToList();

        Assert.Empty(context.Errors);
        Assert.Equal(fromFile, fromPipe);
    }

    [Fact]
    public void Read_ZipWithTooManyEntries_Rejected()
    {
        var entries = Enumerable.Range(0, 10_001).Select(i => ($"x/{i}.txt", Array.Empty<byte>()));
        var path = Path.Combine(_folder, "many.xlsx");
        File.WriteAllBytes(path, XlsxFixtureWriter.Zip(entries));

        using var stream = File.OpenRead(path);
        var error = Assert.Throws<TradeFileException>(() => new BpsPivotXlsxReader().Read(stream, new ReadContext("many.xlsx")).ToList());

        Assert.Contains("10001 entries", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ZipWithoutWorkbook_RejectedNamingMissingPart()
    {
        var path = Path.Combine(_folder, "nosheet.xlsx");
        File.WriteAllBytes(path, XlsxFixtureWriter.Zip([("hello.txt", "hi"u8.ToArray())]));

        using var stream = File.OpenRead(path);
        var error = Assert.Throws<TradeFileException>(() => new BpsPivotXlsxReader().Read(stream, new ReadContext("nosheet.xlsx")).ToList());

        Assert.Contains("nosheet.xlsx", error.Message, StringComparison.Ordinal);
        Assert.Contains("xl/workbook.xml", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string CopyWithSheetEdit(string sample, string find, string replace) =>
        XlsxAlter.CopyWithSheetEdit(Path.Combine(SharedData.BpsFolder, sample), Path.Combine(_folder, sample), find, replace);

    private sealed class NonSeekableStream(Stream inner) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
        public override void Flush() { }
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
}
