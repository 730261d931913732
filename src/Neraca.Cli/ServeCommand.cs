using System.CommandLine;

namespace Neraca.Cli;

/// <summary>`neraca serve [--urls URL] [--demo]`: runs the web application.</summary>
internal static class ServeCommand
{
    private static readonly Option<string> Urls = new("--urls") { Description = "listen address", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
    private static readonly Option<bool> Demo = new("--demo") { Description = "load the Lampung demo dataset into an empty database" };

    public static Command Create()
    {
        var command = new Command("serve", "Run the Neraca web application") { Urls, Demo };
        command.SetAction(async (result, ct) =>
        {
            var args = new List<string>
            {
                "--urls", result.GetValue(Urls)!,
                "--ConnectionStrings:Neraca", CliOptions.ConnectionString(result),
            };
            if (result.GetValue(Demo))
            {
                args.Add("--Neraca:Demo=true");
            }

            await Web.WebApp.Build([.. args]).RunAsync();
            return 0;
        });
        return command;
    }
}
