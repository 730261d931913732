namespace Neraca.Common;

/// <summary>Direction of trade. Values are stored in the database: never renumber.</summary>
public enum Flow : byte
{
    Export = 1,
    Import = 2,
}

/// <summary>
/// How detailed a stored figure is. Published totals (a press release's monthly figure) and detailed facts
/// describe the same scope at different granularity and are never added together.
/// </summary>
public enum Basis : byte
{
    Detail = 1,
    PublishedTotal = 2,
}
