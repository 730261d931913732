using System.CommandLine;
using Neraca.Demo;

namespace Neraca.Cli;

/// <summary>`neraca demo load`: the Lampung demo dataset, into an empty database only.</summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var load = new Command("load", "Load the Lampung demo dataset (Jan 2018 – Jan 2020) into an EMPTY database; a no-op otherwise");
        load.SetAction(async (result, ct) =>
        {
            await using var db = await CliOptions.OpenAsync(result, ct);
            var outcome = await DemoLoader.LoadAsync(db, ct);
            if (outcome.Loaded)
            {
                await Console.Out.WriteLineAsync(outcome.Message);
                return 0;
            }

            await Console.Error.WriteLineAsync(outcome.Message);
            // Already loaded is not an error; a database holding other data is refused.
            return outcome.Outcome == DemoLoadOutcome.AlreadyLoaded ? 0 : 1;
        });
        return new Command("demo", "Demo data") { load };
    }
}
