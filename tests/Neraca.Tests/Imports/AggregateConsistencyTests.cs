using System.Globalization;
using System.Text;
using Neraca.Imports;
using Neraca.Tests.Infrastructure;

namespace Neraca.Tests.Imports;

/// <summary>
/// Random sequences of imports, revisions (--replace), refused revisions and national files: after each step every
/// aggregate the importer wrote equals a recomputation from the facts (<see cref="AggregateAssert"/>). Seeds are fixed so
/// a failure reproduces; each seed draws different periods, provinces, chapters, partners and ports.
/// </summary>
public class AggregateConsistencyTests
{
    private static readonly string[] HsCodes = ["09011190", "09041100", "15119036", "03061719", "27011900", "87032119", "0803"];
    private static readonly string[] Countries = ["JAPAN", "CHINA", "INDIA", "THAILAND", "UNITED STATES"];
    private static readonly string[] Ports = ["PANJANG", "TANJUNG PRIOK", "BELAWAN"];
    private static readonly short[] Provinces = [18, 31, 12];

    public static TheoryData<Engine, int> Cases()
    {
        var data = new TheoryData<Engine, int>();
        foreach (var engine in new[] { Engine.Sqlite, Engine.Postgres })
        {
            foreach (var seed in new[] { 1, 2, 3 })
            {
                data.Add(engine, seed);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task RandomImportsAndRevisions_AggregatesEqualRecomputationFromFacts(Engine engine, int seed)
    {
        await using var database = await TestDatabase.CreateAsync(engine);
        var random = new Random(seed);
        var outcomes = new List<ImportOutcome>();
        for (var step = 0; step < 8; step++)
        {
            var replace = step > 0 && random.Next(3) > 0;
            await using (var db = database.NewContext())
            {
                var summary = await new TradeImporter(db).ImportAsync(
                    new MemoryStream(Encoding.UTF8.GetBytes(RandomFile(random))), $"seed{seed}-step{step}.txt",
                    new ImportOptions { Replace = replace }, new LinesReader());
                Assert.True(summary.Outcome is ImportOutcome.Imported or ImportOutcome.Rejected, summary.Message?.ToString());
                Assert.True(summary.Outcome == ImportOutcome.Imported || !replace, string.Join("\n", summary.Errors));
                outcomes.Add(summary.Outcome);
            }

            await AggregateAssert.AllMatchFactsAsync(database);
        }

        Assert.Contains(ImportOutcome.Imported, outcomes.Skip(1)); // the sequence revised something, not only the first file
    }

    /// <summary>
    /// One file: a few flow × months, each either one province's detail or a national file (several provinces), with
    /// unique keys, and sometimes a published total. Values have three decimals so sums are exact in milli-dollars.
    /// </summary>
    private static string RandomFile(Random random)
    {
        var lines = new List<string>();
        var periods = Enumerable.Range(0, random.Next(1, 4))
            .Select(_ => (Flow: random.Next(2) == 0 ? "X" : "M", Year: 2020 + random.Next(2), Month: 1 + random.Next(3)))
            .Distinct();
        foreach (var (flow, year, month) in periods)
        {
            var provinces = random.Next(3) == 0 ? Provinces : [Provinces[random.Next(Provinces.Length)]];
            var keys = new HashSet<(string, string, string, short)>();
            for (var i = random.Next(1, 12); i > 0; i--)
            {
                keys.Add((HsCodes[random.Next(HsCodes.Length)], Countries[random.Next(Countries.Length)], Ports[random.Next(Ports.Length)], provinces[random.Next(provinces.Length)]));
            }

            lines.AddRange(keys.Select(k => string.Join('|', flow, year, month, k.Item1, k.Item2, k.Item3, Value(random), k.Item4)));
            if (random.Next(4) == 0)
            {
                lines.Add(string.Join('|', flow, year, month, "", "", "", Value(random), provinces[0]));
            }
        }

        return string.Join('\n', lines);
    }

    private static string Value(Random random) => (random.Next(1, 5_000_000) / 1000m).ToString(CultureInfo.InvariantCulture);
}
