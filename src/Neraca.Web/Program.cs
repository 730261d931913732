namespace Neraca.Web;

/// <summary>Entry point of the web app; also the anchor type for <c>WebApplicationFactory&lt;Program&gt;</c> in tests.</summary>
public sealed class Program
{
    private Program()
    {
    }

    public static Task Main(string[] args) => WebApp.Build(args).RunAsync();
}
