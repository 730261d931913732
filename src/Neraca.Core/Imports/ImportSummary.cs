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
    public IReadOnlyDictionary<string, long> Skipped { get; init; } = new Dictionary<string, long>();
    public IReadOnlyList<PeriodTotal> Totals { get; init; } = [];
    public ReconciliationSummary Reconciliation { get; init; } = new(0, 0, 0m, null);
    public IReadOnlyList<string> UnknownCountries { get; init; } = [];
    public IReadOnlyList<string> PortsWithoutProvince { get; init; } = [];
    public IReadOnlyList<int> ReplacedBatches { get; init; } = [];
    public IReadOnlyList<string> Errors { get; init; } = [];
    public long ErrorCount { get; init; }
    public IReadOnlyList<string> Warnings { get; init; } = [];
    public string? Message { get; init; }
    public long ElapsedMs { get; init; }

    public bool Succeeded => Outcome is ImportOutcome.Imported or ImportOutcome.AlreadyImported or ImportOutcome.DryRunPassed;
}

public sealed record PeriodTotal(
    [property: JsonConverter(typeof(JsonStringEnumConverter<Flow>))] Flow Flow,
    string Period,
    [property: JsonConverter(typeof(JsonStringEnumConverter<Basis>))] Basis Basis,
    long Facts,
    decimal ValueUsd);

/// <summary>Checks against the file's own totals: how many, how many failed, and the largest difference met.</summary>
public sealed record ReconciliationSummary(int Checks, int Failed, decimal LargestDifference, string? LargestAt);
