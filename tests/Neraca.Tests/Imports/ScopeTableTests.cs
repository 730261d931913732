using Neraca.Common;
using Neraca.Imports;

namespace Neraca.Tests.Imports;

public class ScopeTableTests
{
    [Fact]
    public void Add_SameKeyTwice_OneScopeWithSummedTotals()
    {
        var table = new ScopeTable();

        var first = table.Add(Flow.Export, 2024, 3, Basis.Detail, 18, "09", 1_000, 500);
        var second = table.Add(Flow.Export, 2024, 3, Basis.Detail, 18, "09", 2_500, null);

        Assert.Equal(first, second);
        Assert.Equal(1, table.Count);
        Assert.Equal((2L, 3_500L, (long?)500), table.TotalsAt(first));
    }

    [Fact]
    public void Add_KeysDifferingInOneField_SeparateScopes()
    {
        var table = new ScopeTable();
        var keys = new[]
        {
            (Flow.Export, (short)2024, (byte)3, Basis.Detail, (short)18, "09"),
            (Flow.Import, (short)2024, (byte)3, Basis.Detail, (short)18, "09"),
            (Flow.Export, (short)2023, (byte)3, Basis.Detail, (short)18, "09"),
            (Flow.Export, (short)2024, (byte)0, Basis.Detail, (short)18, "09"),
            (Flow.Export, (short)2024, (byte)3, Basis.PublishedTotal, (short)18, "09"),
            (Flow.Export, (short)2024, (byte)3, Basis.Detail, (short)99, "09"),
            (Flow.Export, (short)2024, (byte)3, Basis.Detail, (short)18, "90"),
            (Flow.Export, (short)2024, (byte)3, Basis.Detail, (short)18, ""),
        };

        var positions = keys.Select(k => table.Add(k.Item1, k.Item2, k.Item3, k.Item4, k.Item5, k.Item6, 1, null)).ToList();

        Assert.Equal(Enumerable.Range(0, keys.Length), positions);
        for (var i = 0; i < keys.Length; i++)
        {
            var (flow, year, month, basis, province, hs2) = keys[i];
            Assert.Equal(new ScopeKey(flow, year, month, basis, province, hs2), table.KeyAt(i));
        }
    }

    [Fact]
    public void TotalsAt_NoFactReportsWeight_WeightIsNull()
    {
        var table = new ScopeTable();
        var position = table.Add(Flow.Import, 2020, 1, Basis.PublishedTotal, 0, "", 144_780_000_000, null);

        Assert.Null(table.TotalsAt(position).Grams);
    }

    [Fact]
    public void Contains_KnownAndUnknownKeys_AnswersFromTheTable()
    {
        var table = new ScopeTable();
        table.Add(Flow.Export, 2024, 12, Basis.Detail, 18, "15", 1, null);

        Assert.True(table.Contains(new ScopeKey(Flow.Export, 2024, 12, Basis.Detail, 18, "15")));
        Assert.False(table.Contains(new ScopeKey(Flow.Export, 2024, 12, Basis.Detail, 18, "09")));
        Assert.False(table.Contains(new ScopeKey(Flow.Export, 2024, 11, Basis.Detail, 18, "15")));
    }

    [Fact]
    public void Periods_ScopesOfSeveralChaptersAndBases_EachFlowAndMonthOnce()
    {
        var table = new ScopeTable();
        table.Add(Flow.Export, 2024, 1, Basis.Detail, 18, "09", 1, null);
        table.Add(Flow.Export, 2024, 1, Basis.PublishedTotal, 18, "", 1, null);
        table.Add(Flow.Export, 2024, 1, Basis.Detail, 12, "15", 1, null);
        table.Add(Flow.Import, 2024, 1, Basis.Detail, 18, "09", 1, null);
        table.Add(Flow.Export, 2024, 2, Basis.Detail, 18, "09", 1, null);

        Assert.Equal(
            [(Flow.Export, (short)2024, (byte)1), (Flow.Import, (short)2024, (byte)1), (Flow.Export, (short)2024, (byte)2)],
            table.Periods());
    }

    [Fact]
    public void Seal_AfterLoading_KeysAndTotalsStayButNoMoreFacts()
    {
        var table = new ScopeTable();
        table.Add(Flow.Export, 2024, 12, Basis.Detail, 18, "15", 7, 3);

        table.Seal();

        Assert.Equal(new ScopeKey(Flow.Export, 2024, 12, Basis.Detail, 18, "15"), table.KeyAt(0));
        Assert.Equal((1L, 7L, (long?)3), table.TotalsAt(0));
        Assert.Throws<ObjectDisposedException>(() => table.Add(Flow.Export, 2024, 12, Basis.Detail, 18, "15", 1, null));
    }
}
