using Neraca.Imports;
using Neraca.Imports.Xlsx;

namespace Neraca.Tests.Imports.Xlsx;

public sealed class BoundedReadStreamTests
{
    [Fact]
    public void Read_MoreBytesThanDeclared_ThrowsNamingEntry()
    {
        var budget = new DecompressionBudget(1_000_000, "f.xlsx");
        using var stream = new BoundedReadStream(new MemoryStream(new byte[5000]), 1000, "xl/sheet.xml", "f.xlsx", budget);

        var error = Assert.Throws<TradeFileException>(() => stream.CopyTo(Stream.Null));

        Assert.Contains("xl/sheet.xml", error.Message, StringComparison.Ordinal);
        Assert.Contains("more than its declared 1000 bytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PastFileBudgetAcrossEntries_Throws()
    {
        var budget = new DecompressionBudget(6000, "f.xlsx");
        using (var first = new BoundedReadStream(new MemoryStream(new byte[4000]), 4000, "a", "f.xlsx", budget))
        {
            first.CopyTo(Stream.Null);
        }

        using var second = new BoundedReadStream(new MemoryStream(new byte[4000]), 4000, "b", "f.xlsx", budget);
        var error = Assert.Throws<TradeFileException>(() => second.CopyTo(Stream.Null));

        Assert.Contains("ZIP bomb", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WithinLimits_ReturnsAllBytes()
    {
        var budget = new DecompressionBudget(6000, "f.xlsx");
        using var stream = new BoundedReadStream(new MemoryStream(new byte[4000]), 4000, "a", "f.xlsx", budget);
        using var copy = new MemoryStream();

        stream.CopyTo(copy);

        Assert.Equal(4000, copy.Length);
    }
}
