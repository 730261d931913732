using System.Text.Json.Serialization;
using Neraca.Trade;

namespace Neraca.DataStatus;

/// <summary>The file a slice was loaded from: batch, file name and format, when (UTC) and by whom.</summary>
public sealed record StatusSource(
    [property: JsonPropertyName("batch")] int BatchId,
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("format")] string Format,
    [property: JsonPropertyName("imported_at_utc")] DateTime ImportedAtUtc,
    [property: JsonPropertyName("imported_by")] string ImportedBy);

/// <summary>
/// What is loaded of one flow × month (0 = annual) × basis: the active total and chapters, the files they came from,
/// how many versions were loaded and the total before the latest revision (null when never revised).
/// </summary>
public sealed record StatusSlice(
    [property: JsonPropertyName("value_usd"), JsonConverter(typeof(UsdJsonConverter))] decimal? ValueUsd,
    [property: JsonPropertyName("hs2")] IReadOnlyList<string> Hs2,
    [property: JsonPropertyName("sources")] IReadOnlyList<StatusSource> Sources,
    [property: JsonPropertyName("versions")] int Versions,
    [property: JsonPropertyName("previous_usd"), JsonConverter(typeof(UsdJsonConverter))] decimal? PreviousUsd,
    [property: JsonPropertyName("from_national_file")] bool FromNationalFile)
{
    [JsonPropertyName("revised")]
    public bool Revised => Versions > 1;
}

/// <summary>The state of one flow × month, as the page colours it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<MonthState>))]
public enum MonthState
{
    /// <summary>A published total, or detail as wide as the flow's widest month.</summary>
    [JsonStringEnumMemberName("loaded")]
    Loaded,

    /// <summary>Detail only, covering fewer HS chapters than other months: changes against it are like for like only.</summary>
    [JsonStringEnumMemberName("partial")]
    Partial,

    /// <summary>Nothing loaded and the expected release date has passed.</summary>
    [JsonStringEnumMemberName("overdue")]
    Overdue,

    /// <summary>Nothing loaded, and BPS has not released it yet.</summary>
    [JsonStringEnumMemberName("not_due")]
    NotDue,
}

/// <summary>One flow × month of the status matrix.</summary>
public sealed record StatusCell(
    [property: JsonIgnore] YearMonth Month,
    [property: JsonPropertyName("flow")] string Flow,
    [property: JsonPropertyName("state")] MonthState State,
    [property: JsonPropertyName("gap")] bool Gap,
    [property: JsonPropertyName("expected_release")] DateOnly ExpectedRelease,
    [property: JsonPropertyName("release_announced")] bool ReleaseAnnounced,
    [property: JsonPropertyName("published")] StatusSlice? Published,
    [property: JsonPropertyName("detail")] StatusSlice? Detail)
{
    /// <summary>The month as people and the JSON read it, `YYYY-MM`.</summary>
    [JsonPropertyName("period")]
    [JsonPropertyOrder(-1)]
    public string Period => Month.ToString();
}

/// <summary>The annual detail of one flow × year (BPS's annual files), outside the monthly grid.</summary>
public sealed record StatusYear(
    [property: JsonPropertyName("year")] int Year,
    [property: JsonPropertyName("flow")] string Flow,
    [property: JsonPropertyName("annual_detail")] StatusSlice AnnualDetail);

/// <summary>The whole status of a province: every flow × month from the first loaded month to the latest due one.</summary>
public sealed record StatusReport(
    [property: JsonPropertyName("province")] short Province,
    [property: JsonPropertyName("today_wib")] DateOnly Today,
    [property: JsonPropertyName("months")] IReadOnlyList<StatusCell> Months,
    [property: JsonPropertyName("annual")] IReadOnlyList<StatusYear> Annual)
{
    /// <summary>The late months: due, not loaded, newest first.</summary>
    [JsonPropertyName("overdue")]
    public IReadOnlyList<string> Overdue => [.. Months.Where(m => m.State == MonthState.Overdue).Select(m => m.Period).Distinct().OrderDescending(StringComparer.Ordinal)];

    /// <summary>The months with at least one revised slice.</summary>
    [JsonPropertyName("revised")]
    public IReadOnlyList<string> Revised =>
        [.. Months.Where(m => m.Published?.Revised == true || m.Detail?.Revised == true).Select(m => m.Period).Distinct().OrderDescending(StringComparer.Ordinal)];
}
