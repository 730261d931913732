using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Neraca.Tests.Infrastructure;

namespace Neraca.Tests.Imports.Fetch;

/// <summary>What the replay server does for one HS chapter, attempt by attempt (the last one repeats).</summary>
public enum Replay
{
    /// <summary>The recorded monthly HS03 2024 export response (kodehs is ignored: any chapter gets HS03's rows).</summary>
    Data,

    /// <summary>The recorded annual HS03 2024 export response.</summary>
    AnnualData,
    BadKey,
    WafBlock,
    NoData,
    MissingTh,
    ServerError,

    /// <summary>Answers after the client's timeout.</summary>
    Slow,

    /// <summary>Announces the whole body, sends half of it and aborts the connection.</summary>
    Cut,
}

/// <summary>
/// A real HTTP server on a free loopback port that answers `dataexim` requests with the recorded BPS responses
/// (tests/Neraca.Tests/Fixtures/shared/bps/webapi, copied from the public recordings with their wrapper). Each chapter
/// follows a script of <see cref="Replay"/> steps; every request's query is recorded so tests can check the key.
/// </summary>
public sealed class ReplayServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, int> attempts = new(StringComparer.Ordinal);

    private ReplayServer(WebApplication app, Dictionary<string, Replay[]> script)
    {
        this.app = app;
        Script = script;
    }

    public Dictionary<string, Replay[]> Script { get; }

    public ConcurrentQueue<string> Queries { get; } = new();

    public ConcurrentQueue<string> UserAgents { get; } = new();

    public Uri BaseUrl { get; private set; } = null!;

    public static async Task<ReplayServer> StartAsync(Dictionary<string, Replay[]> script)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new ReplayServer(app, script);
        app.MapGet("/v1/api/dataexim/", server.AnswerAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address.TrimEnd('/') + "/v1/api/");
        return server;
    }

    public int AttemptsOf(string chapter) => attempts.GetValueOrDefault(chapter);

    private async Task AnswerAsync(HttpContext context)
    {
        Queries.Enqueue(context.Request.QueryString.Value ?? "");
        UserAgents.Enqueue(context.Request.Headers.UserAgent.ToString());
        // A script entry is "sumber/kodehs" (one flow) or "kodehs" (both flows).
        var chapter = context.Request.Query["kodehs"].ToString();
        var flowChapter = context.Request.Query["sumber"] + "/" + chapter;
        var n = attempts.AddOrUpdate(chapter, 1, (_, v) => v + 1);
        var steps = Script.GetValueOrDefault(flowChapter) ?? Script.GetValueOrDefault(chapter) ?? [Replay.NoData];
        var step = steps[Math.Min(n, steps.Length) - 1];
        switch (step)
        {
            case Replay.ServerError:
                context.Response.StatusCode = 503;
                return;
            case Replay.Slow:
                await Task.Delay(TimeSpan.FromSeconds(5), context.RequestAborted).ContinueWith(_ => { }, TaskScheduler.Default);
                return;
            case Replay.Cut:
                var body = Recording("trade_exp_monthly_03_2024.json").Body;
                context.Response.ContentType = "application/json";
                context.Response.ContentLength = body.Length;
                await context.Response.Body.WriteAsync(body.AsMemory(0, body.Length / 2));
                await context.Response.Body.FlushAsync();
                context.Abort();
                return;
            default:
                var (status, type, bytes) = Recording(File(step));
                context.Response.StatusCode = status;
                context.Response.ContentType = type;
                context.Response.ContentLength = bytes.Length;
                await context.Response.Body.WriteAsync(bytes);
                return;
        }
    }

    private static string File(Replay step) => step switch
    {
        Replay.Data => "trade_exp_monthly_03_2024.json",
        Replay.AnnualData => "trade_exp_annual_03_2024.json",
        Replay.BadKey => "error_bad_key.json",
        Replay.WafBlock => "error_waf_block.json",
        Replay.MissingTh => "error_data_missing_th.json",
        _ => "data_list_not_available.json",
    };

    /// <summary>A recording's HTTP status, content type and body (JSON text, or the HTML page the firewall sent).</summary>
    public static (int Status, string Type, byte[] Body) Recording(string file)
    {
        using var json = JsonDocument.Parse(System.IO.File.ReadAllBytes(RepoPaths.Shared("bps", "webapi", file)));
        var root = json.RootElement;
        var body = root.GetProperty("body");
        var text = body.ValueKind == JsonValueKind.String ? body.GetString()! : body.GetRawText();
        return (root.GetProperty("status_code").GetInt32(), root.GetProperty("content_type").GetString()!, Encoding.UTF8.GetBytes(text));
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
