using System.Globalization;
using System.Text;
using Neraca.Common;
using Neraca.Reference;
using Neraca.Storage;

namespace Neraca.Generation;

/// <summary>
/// Deterministic synthetic national customs data in the flat CSV format, for benchmarks and load tests:
/// monthly periods from 2015, both flows, skewed provinces, Zipf-distributed HS 8-digit codes and partners,
/// ports of each province, lognormal values and unit values. Keys are unique within a file.
/// </summary>
public sealed class CustomsDataGenerator(int seed)
{
    public const string Header = "period,flow,province,hs_code,country,port,value_usd,netweight_kg";
    private const int FirstYear = 2015;
    private const int HsCodeCount = 6000;
    private const int CountryCount = 200;

    public void Write(TextWriter output, long rows, int months = 132)
    {
        var random = new Random(seed);
        var world = new World(new Random(7));
        output.Write(Header);
        output.Write('\n');
        var slots = months * 2;
        var line = new StringBuilder(96);
        for (var slot = 0; slot < slots; slot++)
        {
            var count = rows / slots + (slot < rows % slots ? 1 : 0);
            WriteSlot(output, line, random, world, slot / 2, slot % 2 == 0 ? "export" : "import", count);
        }
    }

    private static void WriteSlot(TextWriter output, StringBuilder line, Random random, World world, int monthIndex, string flow, long count)
    {
        var period = string.Create(CultureInfo.InvariantCulture, $"{FirstYear + (monthIndex / 12):D4}-{(monthIndex % 12) + 1:D2}");
        var seen = new HashSet<(int, int, int, int)>();
        for (long i = 0; i < count; i++)
        {
            int province, hs, country, port;
            do
            {
                province = world.ProvinceWeights.Pick(random);
                hs = world.HsCodes.Pick(random);
                country = world.Countries.Pick(random);
                port = random.Next(world.PortsOf(province).Count);
            }
            while (!seen.Add((province, hs, country, port)));

            var value = Math.Round((decimal)Math.Exp(9 + (2 * Gaussian(random))), 2);
            var unitValue = (decimal)Math.Exp(0.7 + Gaussian(random));
            var weight = Math.Round(value / unitValue, 3);
            line.Clear();
            line.Append(period).Append(',').Append(flow).Append(',')
                .Append(world.ProvinceCodes[province].ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(world.HsCodeList[hs]).Append(',').Append(world.CountryCodes[country]).Append(',')
                .Append(world.PortsOf(province)[port]).Append(',')
                .Append(value.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(weight.ToString(CultureInfo.InvariantCulture)).Append('\n');
            output.Write(line);
        }
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2.0 * Math.Log(1.0 - random.NextDouble())) * Math.Sin(2.0 * Math.PI * random.NextDouble());

    /// <summary>The fixed universe the rows are drawn from (the same for every seed, so files are comparable).</summary>
    private sealed class World
    {
        private readonly Dictionary<int, List<string>> ports = [];

        public World(Random random)
        {
            ProvinceCodes = [.. ProvinceCode.Choices(ProvinceKinds.Province).Select(p => p.Code)];
            HsCodeList = [.. MakeHsCodes(random)];
            CountryCodes = [.. CountryNames.All.Select(c => c.Iso2).Order(StringComparer.Ordinal).Take(CountryCount)];
            ProvinceWeights = new Zipf(ProvinceCodes.Length, 1.1, random);
            HsCodes = new Zipf(HsCodeList.Length, 1.0, random);
            Countries = new Zipf(CountryCodes.Length, 1.2, random);
            var seed = PortSeed.All;
            for (var i = 0; i < ProvinceCodes.Length; i++)
            {
                var list = seed.Where(p => p.ProvinceCode == ProvinceCodes[i]).Select(p => p.PortName).ToList();
                ports[i] = list.Count > 0 ? list : [""];
            }
        }

        public short[] ProvinceCodes { get; }
        public string[] HsCodeList { get; }
        public string[] CountryCodes { get; }
        public Zipf HsCodes { get; }
        public Zipf Countries { get; }
        public Zipf ProvinceWeights { get; }

        public List<string> PortsOf(int province) => ports[province];

        private static IEnumerable<string> MakeHsCodes(Random random)
        {
            var chapters = HsChapters.All.Select(c => c.Hs2).Where(c => c != "77").ToArray();
            var codes = new HashSet<string>(StringComparer.Ordinal);
            while (codes.Count < HsCodeCount)
            {
                var chapter = chapters[random.Next(chapters.Length)];
                codes.Add(string.Create(CultureInfo.InvariantCulture, $"{chapter}{random.Next(1, 100):D2}{random.Next(0, 100):D2}{random.Next(0, 100):D2}"));
            }

            return codes.Order(StringComparer.Ordinal);
        }
    }

    /// <summary>Zipf sampling by inverse CDF over a shuffled rank order.</summary>
    private sealed class Zipf
    {
        private readonly double[] cumulative;
        private readonly int[] order;

        public Zipf(int n, double s, Random random)
        {
            cumulative = new double[n];
            var sum = 0.0;
            for (var k = 0; k < n; k++)
            {
                sum += 1.0 / Math.Pow(k + 1, s);
                cumulative[k] = sum;
            }

            for (var k = 0; k < n; k++)
            {
                cumulative[k] /= sum;
            }

            order = [.. Enumerable.Range(0, n).OrderBy(_ => random.Next())];
        }

        public int Pick(Random random)
        {
            var index = Array.BinarySearch(cumulative, random.NextDouble());
            return order[Math.Min(index < 0 ? ~index : index, order.Length - 1)];
        }
    }
}
