namespace Neraca.Common;

/// <summary>
/// US$ amounts are stored as integer thousandths (the WebAPI gives up to 3 decimals): exact on both
/// engines, and integer sums are fast. Conversion is exact or it fails; nothing is rounded silently.
/// </summary>
public static class Money
{
    public const decimal MilliPerUnit = 1000m;

    public static long ToMilli(decimal value)
    {
        var scaled = value * MilliPerUnit;
        if (scaled != decimal.Truncate(scaled))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "More than 3 decimals cannot be stored exactly.");
        }

        return checked((long)scaled);
    }

    public static bool TryToMilli(decimal value, out long milli)
    {
        var scaled = value * MilliPerUnit;
        if (scaled != decimal.Truncate(scaled) || scaled > long.MaxValue || scaled < long.MinValue)
        {
            milli = 0;
            return false;
        }

        milli = (long)scaled;
        return true;
    }

    public static decimal FromMilli(long milli) => milli / MilliPerUnit;
}
