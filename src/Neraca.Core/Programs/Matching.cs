using Neraca.Registry;

namespace Neraca.Programs;

/// <summary>A business as the matching sees it: its exact-match keys, nearest-match traits and outcome.</summary>
public sealed record MatchUnit(int BusinessId, Scale? Scale, BusinessKind Kind, IReadOnlySet<string> HsChapters, short RegencyCode, BusinessOutcome Outcome);

public sealed record MatchedPair(int Pair, MatchUnit Participant, MatchUnit Comparison, decimal Distance);

/// <summary>
/// Pairs each participant with one comparable business that did not take part (decision 0022). Both must have a
/// readiness score before and after (else there is no difference to take). Exact on scale and IKM/UMKM; among those,
/// the nearest by distance = 1 when they share no HS chapter + 1 when in another regency + |baseline readiness
/// difference| / 10 (ten readiness points weigh as much as a different chapter). Greedy, without replacement, the
/// participants in business-id order; ties go to the smaller readiness difference, then the lower business id.
/// A participant with no candidate left stays unmatched.
/// </summary>
public static class Matching
{
    public static decimal Distance(MatchUnit p, MatchUnit c) =>
        (p.HsChapters.Overlaps(c.HsChapters) ? 0m : 1m)
        + (p.RegencyCode == c.RegencyCode ? 0m : 1m)
        + (Math.Abs(p.Outcome.ReadinessBefore!.Value - c.Outcome.ReadinessBefore!.Value) / 10m);

    public static bool Complete(MatchUnit u) => u.Outcome.ReadinessBefore is not null && u.Outcome.ReadinessAfter is not null;

    public static List<MatchedPair> Match(IEnumerable<MatchUnit> participants, IEnumerable<MatchUnit> pool)
    {
        var available = pool.Where(Complete).OrderBy(c => c.BusinessId).ToList();
        var pairs = new List<MatchedPair>();
        foreach (var p in participants.Where(Complete).OrderBy(p => p.BusinessId))
        {
            var best = available
                .Where(c => c.Scale == p.Scale && c.Kind == p.Kind)
                .Select(c => (c, d: Distance(p, c)))
                .OrderBy(x => x.d)
                .ThenBy(x => Math.Abs(p.Outcome.ReadinessBefore!.Value - x.c.Outcome.ReadinessBefore!.Value))
                .ThenBy(x => x.c.BusinessId)
                .FirstOrDefault();
            if (best.c is null)
            {
                continue;
            }

            available.Remove(best.c);
            pairs.Add(new MatchedPair(pairs.Count + 1, p, best.c, best.d));
        }

        return pairs;
    }

    /// <summary>The unit of a business (products, assessments, exports and certifications loaded) for a program's windows.</summary>
    public static MatchUnit Unit(Business b, DateOnly start, DateOnly end) => new(
        b.Id,
        BusinessScale.Derive(b.CapitalRupiah, b.AnnualSalesRupiah).Scale,
        b.Kind,
        b.Products.Where(p => p.HsCode.Length >= 2).Select(p => p.HsCode[..2]).ToHashSet(StringComparer.Ordinal),
        b.RegencyCode,
        Outcomes.Of(b, start, end));
}
