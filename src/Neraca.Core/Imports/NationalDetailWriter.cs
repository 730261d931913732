using System.Data.Common;
using Neraca.Common;
using Neraca.Storage;

namespace Neraca.Imports;

/// <summary>
/// Keeps <c>national_detail</c> in step with the active scopes of the periods a batch touches: a flow × month was
/// loaded from a national file when one batch holds active detail for several provinces in it, and then a province
/// without facts there traded nothing in that file's HS chapters (docs/decisions/0012). Computed here, at import,
/// so the figures read one small row per month instead of grouping every active scope on each request.
/// </summary>
internal sealed class NationalDetailWriter
{
    private readonly Dictionary<(Flow Flow, short Year, byte Month), Dictionary<int, Slice>> periods = [];

    public void Touch(Flow flow, short year, byte month) => PeriodOf(flow, year, month);

    public void Add(int batchId, Flow flow, short year, byte month, Basis basis, short province, string hs2)
    {
        if (basis != Basis.Detail)
        {
            return;
        }

        var batches = PeriodOf(flow, year, month);
        if (!batches.TryGetValue(batchId, out var slice))
        {
            batches[batchId] = slice = new Slice();
        }

        slice.Provinces.Add(province);
        slice.Chapters.Add(hs2);
    }

    public async Task WriteAsync(DbConnection connection, DbTransaction transaction, CancellationToken ct)
    {
        foreach (var ((flow, year, month), batches) in periods)
        {
            var period = new (string, object?)[] { ("@flow", (byte)flow), ("@year", year), ("@month", month) };
            await Sql.ExecuteAsync(connection, transaction, ImportSql.DeleteNationalDetail, ct, period);
            var chapters = batches.Values.Where(s => s.Provinces.Count > 1).SelectMany(s => s.Chapters).Distinct().Order(StringComparer.Ordinal).ToList();
            if (chapters.Count > 0)
            {
                await Sql.ExecuteAsync(connection, transaction, ImportSql.InsertNationalDetail, ct, [.. period, ("@h", string.Join(',', chapters))]);
            }
        }
    }

    private Dictionary<int, Slice> PeriodOf(Flow flow, short year, byte month)
    {
        if (!periods.TryGetValue((flow, year, month), out var batches))
        {
            periods[(flow, year, month)] = batches = [];
        }

        return batches;
    }

    private sealed class Slice
    {
        public HashSet<short> Provinces { get; } = [];
        public HashSet<string> Chapters { get; } = new(StringComparer.Ordinal);
    }
}
