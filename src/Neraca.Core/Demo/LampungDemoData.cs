using System.Globalization;
using System.Text;
using Neraca.Common;

namespace Neraca.Demo;

/// <summary>
/// The Lampung demo dataset as a flat CSV (<c>period,flow,province,hs_code,country,port,value_usd,netweight_kg</c>):
/// synthetic detail with Lampung's real commodities, partners and ports, whose monthly totals per flow equal
/// <see cref="LampungPublished"/> exactly. Deterministic: the same text on every machine and run.
/// </summary>
public static class LampungDemoData
{
    public const string FileName = "demo-lampung.csv";

    private const int Seed = 18_2018;

    private sealed record Commodity(Flow Flow, string Name, decimal Share, decimal UsdPerKg, string Port, (string Code, decimal Weight)[] Codes, (string Iso2, decimal Weight)[] Partners, int PeakMonth = 0);

    // Shares are rough orders of magnitude from BPS Lampung releases (coffee, palm oil and coal lead exports; sugar,
    // wheat, fertilizer and machinery lead imports). Codes are 8-digit BTKI codes.
    private static readonly Commodity[] Commodities =
    [
        new(Flow.Export, "coffee", 20m, 2.1m, "PANJANG", [("09011190", 8m), ("09011110", 1m), ("09012120", 0.5m)],
            [("US", 5m), ("IT", 3m), ("DE", 2.5m), ("JP", 2.5m), ("EG", 2m), ("MY", 1.5m), ("IN", 1.2m), ("RU", 1m)], PeakMonth: 8),
        new(Flow.Export, "crude palm oil", 19m, 0.62m, "PANJANG", [("15111000", 1m)],
            [("IN", 5m), ("PK", 3m), ("BD", 2m), ("NL", 1.5m), ("MY", 1.5m), ("EG", 1m), ("CN", 2m)]),
        new(Flow.Export, "palm oil, refined and kernel oil", 8m, 0.7m, "PANJANG", [("15119037", 2m), ("15119092", 1m), ("15132110", 1.5m)],
            [("CN", 3m), ("IN", 2m), ("NL", 1.5m), ("US", 1m), ("MY", 1m)]),
        new(Flow.Export, "coal", 12m, 0.05m, "TARAHAN", [("27011900", 3m), ("27011210", 1m)],
            [("CN", 4m), ("IN", 4m), ("KR", 1.5m), ("MY", 1m), ("PH", 1m)]),
        new(Flow.Export, "pulp", 8m, 0.55m, "PANJANG", [("47032900", 1m)],
            [("CN", 6m), ("KR", 2m), ("JP", 1m), ("IN", 1m)]),
        new(Flow.Export, "pineapple preparations", 6m, 1.1m, "PANJANG", [("20082010", 3m), ("20082090", 1m)],
            [("US", 4m), ("NL", 2m), ("ES", 1.5m), ("DE", 1m), ("JP", 1m), ("SG", 0.5m), ("AU", 0.5m)]),
        new(Flow.Export, "shrimp", 6m, 9.5m, "PANJANG", [("03061721", 2m), ("16052100", 1.5m)],
            [("US", 6m), ("JP", 2m), ("CN", 1m)]),
        new(Flow.Export, "rubber", 6m, 1.4m, "PANJANG", [("40012220", 1m)],
            [("US", 3m), ("JP", 2m), ("CN", 2m), ("KR", 1m)]),
        new(Flow.Export, "tapioca", 3m, 0.45m, "PANJANG", [("11081400", 1m)],
            [("CN", 4m), ("TW", 2m), ("MY", 1m)]),
        new(Flow.Export, "pepper", 2m, 3.2m, "PANJANG", [("09041120", 2m), ("09041110", 1m)],
            [("US", 3m), ("VN", 2m), ("IN", 1.5m), ("DE", 1m), ("SG", 1m)], PeakMonth: 9),
        new(Flow.Export, "canned fish and other food", 2m, 3m, "PANJANG", [("16041490", 1m), ("21011110", 1m)],
            [("US", 2m), ("SA", 1m), ("AE", 1m), ("PH", 1m)]),
        new(Flow.Export, "palm kernel expeller", 1.5m, 0.15m, "PANJANG", [("23066090", 1m)],
            [("NL", 2m), ("NZ", 2m), ("VN", 1m)]),
        new(Flow.Export, "fatty acids and oleochemicals", 1.5m, 1m, "PANJANG", [("38231990", 1m)],
            [("CN", 2m), ("US", 1m), ("JP", 1m)]),
        new(Flow.Export, "bananas", 0.8m, 0.6m, "PANJANG", [("08039010", 1m)],
            [("CN", 2m), ("JP", 1m), ("SG", 1m)]),
        new(Flow.Export, "plywood and wood", 0.7m, 0.9m, "PANJANG", [("44123100", 1m)],
            [("JP", 2m), ("KR", 1m)]),

        new(Flow.Import, "raw cane sugar", 26m, 0.36m, "PANJANG", [("17011400", 1m)],
            [("TH", 6m), ("AU", 3m), ("IN", 2m), ("BR", 2m)]),
        new(Flow.Import, "wheat", 14m, 0.25m, "PANJANG", [("10019919", 1m)],
            [("AU", 5m), ("US", 2m), ("RU", 1.5m), ("CA", 1.5m)]),
        new(Flow.Import, "fertilizer", 13m, 0.3m, "PANJANG", [("31052000", 2m), ("31042000", 1.5m), ("31021000", 1m)],
            [("CN", 4m), ("RU", 2m), ("CA", 2m), ("MY", 1m)]),
        new(Flow.Import, "machinery", 12m, 8m, "PANJANG", [("84749000", 1m), ("84381010", 1m), ("84314990", 1m), ("84798210", 1m)],
            [("CN", 5m), ("JP", 2m), ("DE", 1.5m), ("KR", 1.5m)]),
        new(Flow.Import, "maize", 8m, 0.21m, "PANJANG", [("10059090", 1m)],
            [("AR", 3m), ("BR", 2m), ("US", 1m)]),
        new(Flow.Import, "soybean meal", 9m, 0.4m, "PANJANG", [("23040090", 1m)],
            [("AR", 4m), ("BR", 2m), ("US", 1m)]),
        new(Flow.Import, "fuel", 8m, 0.6m, "PANJANG", [("27101971", 1m)],
            [("SG", 4m), ("MY", 2m)]),
        new(Flow.Import, "iron and steel", 6m, 0.8m, "PANJANG", [("72085100", 1m), ("72104999", 1m)],
            [("CN", 4m), ("KR", 1.5m), ("JP", 1m), ("VN", 1m)]),
        new(Flow.Import, "salt and chemicals", 4m, 0.5m, "PANJANG", [("25010092", 1m), ("28151100", 1m)],
            [("AU", 2m), ("IN", 1.5m), ("CN", 1m), ("TH", 1m)]),
        new(Flow.Import, "soybeans", 2.5m, 0.45m, "PANJANG", [("12019000", 1m)],
            [("US", 3m), ("CA", 1m)]),
        new(Flow.Import, "plastics", 1.5m, 1.3m, "PANJANG", [("39011092", 1m)],
            [("SG", 1m), ("TH", 1m), ("KR", 1m)]),
        new(Flow.Import, "electrical equipment", 1.5m, 12m, "PANJANG", [("85044090", 1m)],
            [("CN", 3m), ("JP", 1m)]),
        new(Flow.Import, "steel structures", 1m, 1.5m, "PANJANG", [("73089099", 1m)],
            [("CN", 2m), ("MY", 1m)]),
    ];

    /// <summary>The whole dataset as CSV text (about 3,000 rows).</summary>
    public static string Csv()
    {
        var random = new Random(Seed);
        var sb = new StringBuilder("period,flow,province,hs_code,country,port,value_usd,netweight_kg\n");
        foreach (var month in LampungPublished.Months)
        {
            Append(sb, random, month.Year, month.Month, Flow.Export, month.ExportsMusd);
            Append(sb, random, month.Year, month.Month, Flow.Import, month.ImportsMusd);
        }

        return sb.ToString();
    }

    private static void Append(StringBuilder sb, Random random, int year, int month, Flow flow, decimal musd)
    {
        var items = new List<(Commodity Commodity, string Code, string Iso2, decimal Weight)>();
        foreach (var c in Commodities.Where(c => c.Flow == flow))
        {
            var seasonal = c.PeakMonth == 0 ? 1m : 1m + (0.35m * (decimal)Math.Cos((month - c.PeakMonth) * Math.PI / 6));
            var commodityWeight = c.Share * seasonal * Factor(random, 0.75m, 1.25m);
            var codeSum = c.Codes.Sum(x => x.Weight);
            var partnerSum = c.Partners.Sum(x => x.Weight);
            foreach (var (code, codeWeight) in c.Codes)
            {
                for (var p = 0; p < c.Partners.Length; p++)
                {
                    var (iso2, partnerWeight) = c.Partners[p];
                    // Not every partner buys every code every month; the main buyer always does (no wild month-on-month swings).
                    if (p > 0 && random.NextDouble() < 0.12)
                    {
                        continue;
                    }

                    items.Add((c, code, iso2, commodityWeight * codeWeight / codeSum * partnerWeight / partnerSum * Factor(random, 0.7m, 1.3m)));
                }
            }
        }

        // Whole cents, shared out in proportion; the rounding remainder goes to the largest item, so the month's total is exact.
        var totalCents = decimal.ToInt64(musd * 100_000_000m);
        var weightSum = items.Sum(i => i.Weight);
        var cents = items.Select(i => decimal.ToInt64(decimal.Floor(totalCents * i.Weight / weightSum))).ToArray();
        var largest = Array.IndexOf(cents, cents.Max());
        cents[largest] += totalCents - cents.Sum();

        var inv = CultureInfo.InvariantCulture;
        var period = string.Create(inv, $"{year:D4}-{month:D2}");
        var flowText = FlowNames.Of(flow);
        for (var i = 0; i < items.Count; i++)
        {
            var (commodity, code, iso2, _) = items[i];
            var usd = cents[i] / 100m;
            var kg = decimal.Round(usd / commodity.UsdPerKg * Factor(random, 0.95m, 1.05m), 0, MidpointRounding.AwayFromZero);
            sb.Append(period).Append(',').Append(flowText).Append(",18,").Append(code).Append(',').Append(iso2).Append(',')
              .Append(commodity.Port).Append(',').Append(usd.ToString("0.00", inv)).Append(',').Append(kg.ToString("0", inv)).Append('\n');
        }
    }

    private static decimal Factor(Random random, decimal low, decimal high) => low + ((high - low) * (decimal)random.NextDouble());
}
