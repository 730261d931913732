namespace Neraca.Common;

/// <summary>BPS arithmetic: percentages from unrounded values, rounded half away from zero to 2 decimals.</summary>
public static class Percent
{
    /// <summary>Change from <paramref name="baseValue"/> to <paramref name="value"/> in %, or null when the base is missing or zero.</summary>
    public static decimal? Change(decimal? value, decimal? baseValue)
    {
        if (value is null || baseValue is null || baseValue == 0m)
        {
            return null;
        }

        return Round((value.Value - baseValue.Value) / Math.Abs(baseValue.Value) * 100m);
    }

    /// <summary>Share of <paramref name="part"/> in <paramref name="whole"/> in %, or null when the whole is missing or zero.</summary>
    public static decimal? Share(decimal? part, decimal? whole)
    {
        if (part is null || whole is null || whole == 0m)
        {
            return null;
        }

        return Round(part.Value / whole.Value * 100m);
    }

    public static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
