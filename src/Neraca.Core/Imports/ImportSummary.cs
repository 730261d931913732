using System.Globalization;
using System.Text.Json.Serialization;
using Neraca.Common;

namespace Neraca.Imports;

/// <summary>What an import did, the same for CLI, API and web: every cell read is either a fact or skipped with a reason.</summary>
public sealed record ImportSummary
{
    public required string File { get; init; }
    public string Format { get; init; } = "";
    public string Sha256 { get; init; } = "";

    [JsonConverter(typeof(JsonStringEnumConverter<ImportOutcome>))]
    public ImportOutcome Outcome { get; init; }

    public int? BatchId { get; init; }
    public long CellsRead { get; init; }
    public long FactsImported { get; init; }
    /// <summary>Cells/rows read that are not facts, by reason code (<see cref="ImportMessages"/>).</summary>
    public IReadOnlyDictionary<string, long> Skipped { get; init; } = new Dictionary<string, long>();

    /// <summary>The skip reasons' texts in <see cref="Culture"/>, by code (for JSON readers).</summary>
    public IReadOnlyDictionary<string, string> SkippedText => Skipped.Keys.ToDictionary(k => k, k => ImportMessages.Format(k, [], Culture), StringComparer.Ordinal);
    public IReadOnlyList<PeriodTotal> Totals { get; init; } = [];

    /// <summary>What reached each province (BPS code; 0 Indonesia, 99 unspecified) per flow, period and basis.</summary>
    public IReadOnlyList<ProvinceTotal> ProvinceTotals { get; init; } = [];
    public ReconciliationSummary Reconciliation { get; init; } = new(0, 0, 0m, null);
    public IReadOnlyList<string> UnknownCountries { get; init; } = [];
    public IReadOnlyList<string> PortsWithoutProvince { get; init; } = [];
    public IReadOnlyList<int> ReplacedBatches { get; init; } = [];
    public IReadOnlyList<ImportIssue> Errors { get; init; } = [];
    public long ErrorCount { get; init; }
    public IReadOnlyList<ImportIssue> Warnings { get; init; } = [];
    public ImportMessage? Message { get; init; }
    public long ElapsedMs { get; init; }

    public bool Succeeded => Outcome is ImportOutcome.Imported or ImportOutcome.AlreadyImported or ImportOutcome.DryRunPassed;

    /// <summary>The language of the texts in JSON; codes and arguments stay the same in every language.</summary>
    [JsonIgnore]
    public CultureInfo Culture { get; init; } = ImportMessages.English;

    /// <summary>The same summary with its texts (message, errors, warnings, skip reasons) in the reader's language.</summary>
    public ImportSummary In(CultureInfo culture) => this with
    {
        Culture = culture,
        Message = Message is null ? null : Message with { Culture = culture },
        Reconciliation = Reconciliation with { LargestAt = Reconciliation.LargestAt is null ? null : Reconciliation.LargestAt with { Culture = culture } },
        Errors = [.. Errors.Select(e => e with { Culture = culture })],
        Warnings = [.. Warnings.Select(w => w with { Culture = culture })],
    };
}

public sealed record PeriodTotal(
    [property: JsonConverter(typeof(JsonStringEnumConverter<Flow>))] Flow Flow,
    string Period,
    [property: JsonConverter(typeof(JsonStringEnumConverter<Basis>))] Basis Basis,
    long Facts,
    decimal ValueUsd);

/// <summary>One province's share of a file: its facts and value in one flow × period × basis.</summary>
public sealed record ProvinceTotal(
    short Province,
    [property: JsonConverter(typeof(JsonStringEnumConverter<Flow>))] Flow Flow,
    string Period,
    [property: JsonConverter(typeof(JsonStringEnumConverter<Basis>))] Basis Basis,
    long Facts,
    decimal ValueUsd);

/// <summary>Checks against the file's own totals: how many, how many failed, and the largest difference met.</summary>
public sealed record ReconciliationSummary(int Checks, int Failed, decimal LargestDifference, ImportMessage? LargestAt);
