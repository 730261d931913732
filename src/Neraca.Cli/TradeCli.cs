using System.CommandLine;
using System.Globalization;
using Neraca.Trade;
using Spectre.Console;

namespace Neraca.Cli;

/// <summary>Options and output helpers shared by `balance` and `top`.</summary>
internal static class TradeCli
{
    public const int BadParameters = 2;

    public static Option<string?> Province() => new("--province") { Description = "BPS province code (e.g. 18 = Lampung); none or 0 = Indonesia" };

    public static Option<string> Format() => new("--format") { Description = "table|csv|json", DefaultValueFactory = _ => "table" };

    /// <summary>Runs a command body; a bad parameter prints its reason on stderr and exits 2.</summary>
    public static async Task<int> GuardAsync(Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (TradeArgumentException ex)
        {
            await Console.Error.WriteLineAsync($"error: {ex.Reason}");
            return BadParameters;
        }
    }

    public static string Usd(decimal? v) => v is decimal d ? d.ToString("#,0.###", CultureInfo.InvariantCulture) : "n/a";

    public static string Pct(decimal? v) => v is decimal d ? TradeFormat.Pct(d) : "n/a";

    /// <summary>Spectre writes through Console.Out as it is now, so redirected output (tests, pipes) gets the table too.</summary>
    public static void Write(Table table)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        if (Console.IsOutputRedirected)
        {
            // Piped or redirected output has no terminal width; Spectre would assume 80 columns and wrap every cell.
            // A table only takes the width its content needs, so a wide limit keeps rows on one line.
            console.Profile.Width = 400;
        }

        console.Write(table);
    }
}
