namespace Neraca.Tests.Infrastructure;

/// <summary>
/// Runs the CLI in process with its console captured. Console is process-wide: every test class using this belongs to
/// the console collection (<c>[Collection(ConsoleCollection.Name)]</c>), whose tests never run in parallel.
/// </summary>
internal static class CliRunner
{
    public static async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        var (oldOut, oldErr) = (Console.Out, Console.Error);
        using var output = new StringWriter();
        using var error = new StringWriter();
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            var exit = await Neraca.Cli.Program.Main(args);
            return (exit, output.ToString(), error.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldErr);
        }
    }
}

/// <summary>The tests that swap the process-wide Console: never run in parallel with each other or anything else.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "Console";
}
