using System.Globalization;

namespace Neraca.Reference;

/// <summary>
/// Country groups (ASEAN, EU, RCEP, G20) with membership by date, so a group total for an old period uses the members
/// of that period: the EU includes the UK up to 2020-01-31, ASEAN includes Timor-Leste from 2025-10-26.
/// </summary>
public static class CountryGroups
{
    private static readonly Lazy<List<GroupMembership>> Data = new(Load);

    public static IReadOnlyList<GroupMembership> Memberships => Data.Value;

    public static IReadOnlyList<string> Codes => Data.Value.Select(m => m.Group).Distinct(StringComparer.Ordinal).ToList();

    public static bool IsMember(string group, string iso2, DateOnly date) =>
        Data.Value.Exists(m => m.Is(group, iso2) && m.Covers(date));

    /// <summary>Alpha-2 codes of the group's members on <paramref name="date"/>, sorted.</summary>
    public static IReadOnlyList<string> MembersOn(string group, DateOnly date) =>
        Data.Value.Where(m => m.Is(group) && m.Covers(date)).Select(m => m.Iso2).Order(StringComparer.Ordinal).ToList();

    private static List<GroupMembership> Load() =>
        EmbeddedCsv.Read("country_groups.csv", r => new GroupMembership(
            r.Field("group_code"),
            r.Field("alpha2"),
            ParseDate(r.OptionalField("member_since")),
            ParseDate(r.OptionalField("member_until"))));

    private static DateOnly? ParseDate(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>One country's membership of a group. Both ends are inclusive; a missing end means "open".</summary>
public sealed record GroupMembership(string Group, string Iso2, DateOnly? Since, DateOnly? Until)
{
    public bool Covers(DateOnly date) => (Since is null || Since <= date) && (Until is null || date <= Until);

    internal bool Is(string group) => string.Equals(Group, group.Trim(), StringComparison.OrdinalIgnoreCase);

    internal bool Is(string group, string iso2) =>
        Is(group) && string.Equals(Iso2, iso2.Trim(), StringComparison.OrdinalIgnoreCase);
}
