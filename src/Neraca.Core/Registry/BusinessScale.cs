namespace Neraca.Registry;

public enum Scale
{
    Micro,
    Small,
    Medium,
    Large,
}

public enum ScaleCriterion
{
    Capital,
    Sales,
}

/// <summary>The derived scale and the criterion that decided it (null scale when neither figure is known).</summary>
public sealed record ScaleResult(Scale? Scale, ScaleCriterion? DecidedBy);

/// <summary>
/// PP 7/2021 art. 35: capital excluding land and buildings (micro ≤ Rp1 bn, small ≤ Rp5 bn, medium ≤ Rp10 bn) and
/// annual sales (micro ≤ Rp2 bn, small ≤ Rp15 bn, medium ≤ Rp50 bn). Each known figure gives a scale; the larger of
/// the two is the business's scale and its figure decides (on a tie, capital). See docs/decisions/0010-registry-rules.md.
/// </summary>
public static class BusinessScale
{
    public const decimal Billion = 1_000_000_000m;

    public static Scale ByCapital(decimal capital) => capital switch
    {
        <= 1 * Billion => Scale.Micro,
        <= 5 * Billion => Scale.Small,
        <= 10 * Billion => Scale.Medium,
        _ => Scale.Large,
    };

    public static Scale BySales(decimal sales) => sales switch
    {
        <= 2 * Billion => Scale.Micro,
        <= 15 * Billion => Scale.Small,
        <= 50 * Billion => Scale.Medium,
        _ => Scale.Large,
    };

    public static ScaleResult Derive(decimal? capital, decimal? sales)
    {
        if (capital < 0 || sales < 0)
        {
            throw new ArgumentOutOfRangeException(capital < 0 ? nameof(capital) : nameof(sales), "amounts cannot be negative");
        }

        Scale? byCapital = capital is { } c ? ByCapital(c) : null;
        Scale? bySales = sales is { } s ? BySales(s) : null;
        return (byCapital, bySales) switch
        {
            (null, null) => new ScaleResult(null, null),
            ({ } a, null) => new ScaleResult(a, ScaleCriterion.Capital),
            (null, { } b) => new ScaleResult(b, ScaleCriterion.Sales),
            ({ } a, { } b) => b > a ? new ScaleResult(b, ScaleCriterion.Sales) : new ScaleResult(a, ScaleCriterion.Capital),
        };
    }
}
