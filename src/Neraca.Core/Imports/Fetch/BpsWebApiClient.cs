using System.Net;
using System.Text.Json;

namespace Neraca.Imports.Fetch;

/// <summary>Settings of a fetch: where the API is, the key (from NERACA_BPS_KEY, never stored), patience and budget.</summary>
public sealed record FetchSettings(Uri BaseUrl, string Key)
{
    public static readonly Uri BpsBaseUrl = new("https://webapi.bps.go.id/v1/api/");

    /// <summary>Requests one run may send, retries included; a run that spends it stops and the next run resumes.</summary>
    public int RequestBudget { get; init; } = 200;

    public int MaxAttempts { get; init; } = 4;

    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(90);

    /// <summary>The wait before the first retry; doubled for each further one.</summary>
    public TimeSpan FirstBackoff { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Largest response accepted (a full-HS monthly year of a big chapter is tens of MB).</summary>
    public long MaxResponseBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Removes the key from any text before it is logged, stored or shown.</summary>
    public string Redact(string text) => Key.Length == 0 ? text : text.Replace(Key, "***", StringComparison.Ordinal);
}

/// <summary>What one request came to.</summary>
public enum FetchOutcome
{
    /// <summary>Data: a body to import.</summary>
    Data,

    /// <summary>The API answered OK with no data for the request (not released yet, or nothing traded).</summary>
    NoData,

    /// <summary>The API answered with its own error for this request (HTTP 200 with status Error).</summary>
    ApiError,

    /// <summary>The key was refused: every further request would be too, so the run stops.</summary>
    BadKey,

    /// <summary>A web application firewall answered with an HTML page: the run stops (retrying would look like an attack).</summary>
    Blocked,

    /// <summary>Network errors, timeouts, 5xx or a response cut short, after every retry.</summary>
    Failed,
}

public sealed record FetchResponse(FetchOutcome Outcome, int? HttpStatus, byte[]? Body, string? Message, int Attempts);

/// <summary>
/// The HTTP side of a fetch: the BPS WebAPI's quirks handled in one place. It sends a browser-like User-Agent (the
/// firewall blocks bare clients), treats HTTP 200 with `"status": "Error"` as an error, recognises the firewall's
/// HTML page, retries transient failures with doubling back-off, and reads the whole body before anything is
/// imported, so a response cut mid-body is a failure (retried), never half a month.
/// </summary>
public sealed class BpsWebApiClient(HttpClient http, FetchSettings settings)
{
    public const string UserAgent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36 Neraca";

    public int RequestsSent { get; private set; }

    public bool BudgetLeft => RequestsSent < settings.RequestBudget;

    public async Task<FetchResponse> GetAsync(FetchRequest request, CancellationToken ct)
    {
        var url = new Uri(settings.BaseUrl, "dataexim/?" + request.Query + "&key=" + Uri.EscapeDataString(settings.Key));
        string? lastError = null;
        int? lastStatus = null;
        for (var attempt = 1; attempt <= settings.MaxAttempts && BudgetLeft; attempt++)
        {
            if (attempt > 1)
            {
                await Task.Delay(settings.FirstBackoff * Math.Pow(2, attempt - 2), ct);
            }

            RequestsSent++;
            try
            {
                var (status, body, html) = await SendAsync(url, ct);
                lastStatus = status;
                if (html)
                {
                    return new FetchResponse(FetchOutcome.Blocked, status, null, Title(body), attempt);
                }

                if (status >= 500 || status == 429)
                {
                    lastError = $"HTTP {status}";
                    continue;
                }

                return Classify(status, body, attempt);
            }
            catch (Exception ex) when (ex is HttpRequestException or IOException || ex is TaskCanceledException && !ct.IsCancellationRequested)
            {
                lastError = settings.Redact(ex is TaskCanceledException ? $"no answer within {settings.Timeout.TotalSeconds:0} s" : ex.Message);
            }
        }

        return new FetchResponse(FetchOutcome.Failed, lastStatus, null, lastError ?? "request budget spent", settings.MaxAttempts);
    }

    private async Task<(int Status, byte[] Body, bool Html)> SendAsync(Uri url, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(settings.Timeout);
        using var message = new HttpRequestMessage(HttpMethod.Get, url);
        message.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
        message.Headers.TryAddWithoutValidation("Accept", "application/json");
        using var response = await http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        if (response.Content.Headers.ContentLength > settings.MaxResponseBytes)
        {
            throw new IOException($"the response announces {response.Content.Headers.ContentLength} bytes, more than the {settings.MaxResponseBytes} accepted");
        }

        await using var stream = await response.Content.ReadAsStreamAsync(timeout.Token);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, timeout.Token);
        if (response.Content.Headers.ContentLength is long expected && buffer.Length != expected)
        {
            throw new IOException($"the response was cut: {buffer.Length} of {expected} bytes arrived");
        }

        var body = buffer.ToArray();
        var html = response.Content.Headers.ContentType?.MediaType == "text/html" || LooksHtml(body);
        return ((int)response.StatusCode, body, html);
    }

    /// <summary>Reads the API's own status fields; a body that is not JSON at all was cut or mangled (a failure).</summary>
    private static FetchResponse Classify(int status, byte[] body, int attempt)
    {
        if (status != (int)HttpStatusCode.OK)
        {
            return new FetchResponse(FetchOutcome.ApiError, status, null, $"HTTP {status}", attempt);
        }

        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            var apiStatus = root.TryGetProperty("status", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
            var message = root.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
            if (!string.Equals(apiStatus, "OK", StringComparison.OrdinalIgnoreCase))
            {
                var badKey = message?.Contains("key", StringComparison.OrdinalIgnoreCase) == true;
                return new FetchResponse(badKey ? FetchOutcome.BadKey : FetchOutcome.ApiError, status, null, message ?? $"status '{apiStatus}'", attempt);
            }

            var availability = root.TryGetProperty("data-availability", out var a) ? a.GetString() : null;
            return string.Equals(availability, "available", StringComparison.Ordinal)
                ? new FetchResponse(FetchOutcome.Data, status, body, null, attempt)
                : new FetchResponse(FetchOutcome.NoData, status, null, availability ?? "no data-availability field", attempt);
        }
        catch (JsonException ex)
        {
            return new FetchResponse(FetchOutcome.Failed, status, null, $"not JSON: {ex.Message}", attempt);
        }
    }

    private static bool LooksHtml(byte[] body)
    {
        var start = body.AsSpan(0, Math.Min(body.Length, 64));
        var i = 0;
        while (i < start.Length && start[i] is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t' or 0xEF or 0xBB or 0xBF)
        {
            i++;
        }

        return i < start.Length && start[i] == (byte)'<';
    }

    private static string Title(byte[] body)
    {
        var text = System.Text.Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 64 * 1024));
        var open = text.IndexOf("<title>", StringComparison.OrdinalIgnoreCase);
        var close = open < 0 ? -1 : text.IndexOf("</title>", open, StringComparison.OrdinalIgnoreCase);
        var title = close > open && open >= 0 ? text[(open + 7)..close].Trim() : "an HTML page";
        return $"a firewall page instead of data ('{title}')";
    }
}
