using Neraca.Common;

namespace Neraca.Trade;

/// <summary>
/// What a change compared: the percentage and US$ change, the HS chapters compared when they are fewer than the
/// figures hold (<see cref="BasisHs2"/>, null when both sides were compared whole) and, when the change is null, why.
/// </summary>
public sealed record LikeForLikeChange(decimal? Pct, decimal? ChangeUsd, IReadOnlyList<string>? BasisHs2, string? Reason)
{
    /// <summary>True when only part of the figures could be compared (<see cref="BasisHs2"/> lists that part).</summary>
    public bool Partial => BasisHs2 is not null;
}

/// <summary>
/// The one like-for-like rule for every change (MoM, YoY, cumulative, quarter and year; balance, rankings, commodity
/// analyses and the dashboard), docs/decisions/0014-like-for-like.md: both sides must have the same basis (published
/// totals with published totals, detail with detail) and are compared over the HS chapters loaded on BOTH sides only.
/// A chapter loaded on one side only is left out of the change (never a −100 % or a jump caused by loading), and the
/// chapters compared are stated. When nothing comparable exists the change is null with a reason.
/// </summary>
public static class LikeForLike
{
    /// <summary>The current period is not loaded.</summary>
    public const string NoData = "no_data";

    /// <summary>The base period is not loaded.</summary>
    public const string NoBase = "no_base";

    /// <summary>One side is a published total, the other a sum of detail (or months of both kinds): not comparable.</summary>
    public const string BasisDiffers = "basis_differs";

    /// <summary>Both sides are detail but share no HS chapter.</summary>
    public const string NoCommonChapters = "no_common_chapters";

    /// <summary>The base is zero over the compared chapters (a change from zero is not a percentage).</summary>
    public const string ZeroBase = "zero_base";

    /// <summary>The chapters loaded on both sides, sorted ordinally (the basis of a like-for-like change).</summary>
    public static IReadOnlyList<string> Common(IEnumerable<string> current, IEnumerable<string> @base)
    {
        var b = @base as IReadOnlySet<string> ?? new HashSet<string>(@base, StringComparer.Ordinal);
        return [.. current.Where(b.Contains).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Compares two chapter → value breakdowns (every loaded chapter present, zeros included) over their common chapters.
    /// </summary>
    public static LikeForLikeChange Compare(IReadOnlyDictionary<string, decimal>? current, IReadOnlyDictionary<string, decimal>? @base)
    {
        if (current is null)
        {
            return new LikeForLikeChange(null, null, null, NoData);
        }

        if (@base is null)
        {
            return new LikeForLikeChange(null, null, null, NoBase);
        }

        var common = Common(current.Keys, @base.Keys);
        if (common.Count == 0)
        {
            return new LikeForLikeChange(null, null, null, NoCommonChapters);
        }

        var partial = common.Count != current.Count || common.Count != @base.Count;
        return Plain(common.Sum(c => current[c]), common.Sum(c => @base[c]), partial ? common : null);
    }

    /// <summary>The change of two values known to cover the same ground, with the basis to state (null = whole figures).</summary>
    public static LikeForLikeChange Plain(decimal value, decimal baseValue, IReadOnlyList<string>? basis)
    {
        var pct = Percent.Change(value, baseValue);
        return new LikeForLikeChange(pct, value - baseValue, basis, pct is null ? ZeroBase : null);
    }

    /// <summary>The balance's flow figures compared: same source, then the chapters of both (when they differ).</summary>
    internal static LikeForLikeChange Compare(FlowFigure? current, FlowFigure? @base)
    {
        if (current is null)
        {
            return new LikeForLikeChange(null, null, null, NoData);
        }

        if (@base is null)
        {
            return new LikeForLikeChange(null, null, null, NoBase);
        }

        if (!string.Equals(current.Source, @base.Source, StringComparison.Ordinal))
        {
            return new LikeForLikeChange(null, null, null, BasisDiffers);
        }

        // Chapter values are loaded only when coverage differs somewhere in the range; otherwise the whole figures match.
        if (current.ByChapter is not { } c || @base.ByChapter is not { } b)
        {
            return Plain(current.Usd, @base.Usd, null);
        }

        var change = Compare(Comparable(current, c), Comparable(@base, b));
        var whole = c.Count == current.Complete?.Count && b.Count == @base.Complete?.Count;
        return change.BasisHs2 is null && !whole && change.Reason is null or ZeroBase
            ? change with { BasisHs2 = Common(current.Complete ?? [], @base.Complete ?? []) }
            : change;
    }

    /// <summary>The chapters of a figure that cover its whole period (a chapter loaded in some of its months only does not).</summary>
    private static Dictionary<string, decimal> Comparable(FlowFigure figure, IReadOnlyDictionary<string, decimal> byChapter) =>
        (figure.Complete ?? []).ToDictionary(h => h, h => byChapter.GetValueOrDefault(h), StringComparer.Ordinal);
}
