namespace Neraca.Web;

public static class Program
{
    public static Task Main(string[] args) => WebApp.Build(args).RunAsync();
}
