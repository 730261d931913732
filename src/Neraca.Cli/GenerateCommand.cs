using System.CommandLine;
using System.Text;
using Neraca.Generation;

namespace Neraca.Cli;

/// <summary>`neraca generate --rows N --seed S --out FILE.csv`: deterministic synthetic national customs data.</summary>
internal static class GenerateCommand
{
    private static readonly Option<long> Rows = new("--rows") { Description = "number of fact rows", Required = true };
    private static readonly Option<int> Seed = new("--seed") { Description = "random seed (same seed, same file)", DefaultValueFactory = _ => 1 };
    private static readonly Option<FileInfo> Out = new("--out") { Description = "output CSV file", Required = true };

    public static Command Create()
    {
        var command = new Command("generate", "Write realistic synthetic national trade facts as a flat CSV (for benchmarks)") { Rows, Seed, Out };
        command.SetAction(result =>
        {
            var file = result.GetValue(Out)!;
            using var writer = new StreamWriter(file.FullName, false, new UTF8Encoding(false), 1 << 20);
            new CustomsDataGenerator(result.GetValue(Seed)).Write(writer, result.GetValue(Rows));
            return 0;
        });
        return command;
    }
}
