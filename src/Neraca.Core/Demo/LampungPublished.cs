namespace Neraca.Demo;

/// <summary>How a monthly total of the demo dataset was obtained.</summary>
public enum PublishedOrigin
{
    /// <summary>The month's own figure as BPS Lampung printed it in its press release.</summary>
    Printed,

    /// <summary>Printed by BPS as the base of a later release (previous month / same month a year earlier), or exports − balance.</summary>
    PrintedBase,

    /// <summary>Derived from a printed month-on-month or year-on-year % and the printed value it applies to (rounded to US$ 10,000).</summary>
    DerivedFromPercent,

    /// <summary>Not published in any source found: a plausible value in line with the neighbouring months.</summary>
    Plausible,
}

/// <summary>
/// Lampung's monthly exports and imports, January 2018 – January 2020, in millions of US$ (2 decimals, as printed).
/// Source: BPS Provinsi Lampung monthly press releases ("Perkembangan Ekspor dan Impor Provinsi Lampung") as quoted by
/// the regional press; compiled with their addresses in the project's shared research data
/// (`shared/data/lampung/published_monthly_2018_2020-01.csv`). Copied here as facts: the product never reads that file.
/// Months BPS did not print are derived or plausible, and say so (<see cref="PublishedOrigin"/>); docs/decisions/0011-demo-data.md.
/// </summary>
public static class LampungPublished
{
    public const short Province = 18;

    public static readonly IReadOnlyList<(int Year, int Month, decimal ExportsMusd, PublishedOrigin ExportsOrigin, decimal ImportsMusd, PublishedOrigin ImportsOrigin)> Months =
    [
        (2018, 1, 309.14m, PublishedOrigin.PrintedBase, 231.93m, PublishedOrigin.Printed),
        (2018, 2, 275.59m, PublishedOrigin.Printed, 159.98m, PublishedOrigin.Printed),
        (2018, 3, 306.25m, PublishedOrigin.Printed, 228.07m, PublishedOrigin.Printed),
        (2018, 4, 253.23m, PublishedOrigin.Printed, 227.80m, PublishedOrigin.Printed),
        (2018, 5, 245.63m, PublishedOrigin.Printed, 243.44m, PublishedOrigin.Printed),
        (2018, 6, 238.40m, PublishedOrigin.Plausible, 241.21m, PublishedOrigin.DerivedFromPercent), // imports: June 2019 158.40 at −34.33 % YoY
        (2018, 7, 359.69m, PublishedOrigin.DerivedFromPercent, 226.50m, PublishedOrigin.Plausible), // exports: August 2018 291.67 at −18.91 % MoM
        (2018, 8, 291.67m, PublishedOrigin.Printed, 263.10m, PublishedOrigin.Plausible),
        (2018, 9, 329.45m, PublishedOrigin.Printed, 238.55m, PublishedOrigin.Printed),
        (2018, 10, 319.53m, PublishedOrigin.Printed, 257.85m, PublishedOrigin.Printed),
        (2018, 11, 236.75m, PublishedOrigin.Printed, 346.06m, PublishedOrigin.DerivedFromPercent), // imports: December 2018 188.67 at −45.48 % MoM
        (2018, 12, 256.23m, PublishedOrigin.Printed, 188.67m, PublishedOrigin.Printed),
        (2019, 1, 265.42m, PublishedOrigin.Printed, 296.98m, PublishedOrigin.PrintedBase), // imports = exports − printed balance (−31.56)
        (2019, 2, 245.99m, PublishedOrigin.Printed, 155.21m, PublishedOrigin.PrintedBase), // imports = exports − printed balance (90.78)
        (2019, 3, 220.06m, PublishedOrigin.Printed, 146.50m, PublishedOrigin.Printed),
        (2019, 4, 196.49m, PublishedOrigin.Printed, 398.31m, PublishedOrigin.Printed),
        (2019, 5, 252.59m, PublishedOrigin.Printed, 480.08m, PublishedOrigin.Printed),
        (2019, 6, 207.01m, PublishedOrigin.Printed, 158.40m, PublishedOrigin.Printed),
        (2019, 7, 218.67m, PublishedOrigin.DerivedFromPercent, 186.21m, PublishedOrigin.DerivedFromPercent), // August 2019 at +15.21 % / +44.26 % MoM
        (2019, 8, 251.93m, PublishedOrigin.Printed, 268.63m, PublishedOrigin.Printed),
        (2019, 9, 273.12m, PublishedOrigin.Printed, 164.45m, PublishedOrigin.Printed),
        (2019, 10, 249.02m, PublishedOrigin.Printed, 227.32m, PublishedOrigin.Printed),
        (2019, 11, 267.91m, PublishedOrigin.Printed, 155.99m, PublishedOrigin.Printed),
        (2019, 12, 282.74m, PublishedOrigin.PrintedBase, 208.53m, PublishedOrigin.Printed), // exports: base of January 2020's −27.03 % MoM
        (2020, 1, 206.31m, PublishedOrigin.Printed, 144.78m, PublishedOrigin.Printed),
    ];
}
