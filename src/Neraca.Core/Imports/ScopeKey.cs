using System.Globalization;
using Neraca.Common;

namespace Neraca.Imports;

/// <summary>The slice a fact belongs to; one batch_scope row per key per batch.</summary>
internal readonly record struct ScopeKey(Flow Flow, short Year, byte Month, Basis Basis, short Province, string Hs2)
{
    public string Period => Month == 0
        ? Year.ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}");

    /// <summary>The key as the arguments {0}-{4} of the conflict messages (<see cref="ImportMessages"/>).</summary>
    public object[] Describe() =>
        [ImportMessages.Flow(Flow), Period, Province.ToString(CultureInfo.InvariantCulture), Hs2.Length == 0 ? ImportMessages.Word("word.hs.all") : Hs2, ImportMessages.Basis(Basis)];

    public override string ToString() =>
        $"{Flow.ToString().ToLowerInvariant()} {Period} province {Province.ToString(CultureInfo.InvariantCulture)} HS {(Hs2.Length == 0 ? "all" : Hs2)} ({Basis})";
}
