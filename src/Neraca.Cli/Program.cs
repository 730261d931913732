using System.CommandLine;
using System.Text;

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
        return await root.Parse(args).InvokeAsync();
    }
}
