using System.CommandLine;
using System.Text;
using Neraca.Storage;

namespace Neraca.Cli;

public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        Console.OutputEncoding = Encoding.UTF8;
        var root = new RootCommand("Neraca: provincial trade balance, registry and export programs.")
        {
            ImportCommand.Create(),
            ServeCommand.Create(),
            GenerateCommand.Create(),
            PortsCommand.Create(),
            BalanceCommand.Create(),
            TopCommand.Create(),
            DemoCommand.Create(),
            UserCommand.CreateUser(),
            UserCommand.CreateToken(),
            ReferenceCommand.Create(),
            CommoditiesCommand.Create(),
            StatusCommand.Create(),
            FetchCommand.Create(),
            ProgramsCommand.Create(),
            MarketsCommand.Create(),
            ReportCommand.Create(),
            OriginCommand.Create(),
            MailCommand.Create(),
            DbCommand.Create(),
        };
        root.Options.Add(CliOptions.Db);
        // The default handler prints a stack trace; a database that cannot be opened is the user's input and gets
        // its reason instead, in every command at once.
        var invocation = new InvocationConfiguration { EnableDefaultExceptionHandler = false };
        try
        {
            return await root.Parse(args).InvokeAsync(invocation);
        }
        catch (DatabaseOpenException e)
        {
            await Console.Error.WriteLineAsync(e.Bilingual);
            return CannotOpenDatabase;
        }
        catch (Exception e)
        {
            // What the default handler did: the stack trace on stderr and exit code 1.
            await Console.Error.WriteLineAsync($"Unhandled exception: {e}");
            return 1;
        }
    }

    /// <summary>Exit code when the database given by --db or $NERACA_DB cannot be opened.</summary>
    public const int CannotOpenDatabase = 3;
}
