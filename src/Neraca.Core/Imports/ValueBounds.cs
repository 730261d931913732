namespace Neraca.Imports;

/// <summary>
/// The largest value one row of a trade file may hold. Indonesia's exports of a whole year are about 2.6 × 10^11 US$
/// and no single commodity × partner × month comes near 10^12 US$ (or 10^12 kg), so anything above is a typo, a unit
/// error or an attack (security 6: 9.2 × 10^15 US$ rows made 64-bit sums wrap). Sums stay far inside a 64-bit
/// count of thousandths (9.2 × 10^15 US$) for any realistic file; aggregates are still added with checked
/// arithmetic so an overflow is an error, never a wrong number.
/// </summary>
public static class ValueBounds
{
    public const decimal MaxValueUsd = 1_000_000_000_000m;

    public const decimal MaxNetWeightKg = 1_000_000_000_000m;

    public static ImportMessage ValueTooLarge(decimal value) => ImportMessage.Of("value.toolarge", value);

    public static ImportMessage WeightTooLarge(decimal kg) => ImportMessage.Of("weight.toolarge", kg);

    public static ImportMessage SumTooLarge => ImportMessage.Of("sum.toolarge");
}
