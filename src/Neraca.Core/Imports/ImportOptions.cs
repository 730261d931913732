using Neraca.Common;

namespace Neraca.Imports;

public sealed record ImportOptions
{
    public Flow? Flow { get; init; }
    /// <summary>The province of every row whose source names none; a real province by construction (see <see cref="ProvinceCode"/>).</summary>
    public ProvinceCode? Province { get; init; }
    public bool DryRun { get; init; }
    public bool Replace { get; init; }
    public string Actor { get; init; } = "system";
}

public enum ImportOutcome
{
    Imported,
    AlreadyImported,
    DryRunPassed,
    Rejected,
}
