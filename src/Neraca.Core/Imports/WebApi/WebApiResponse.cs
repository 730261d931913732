using Neraca.Common;

namespace Neraca.Imports.WebApi;

/// <summary>
/// What the reader learned about the exchange besides rows: the wrapper's HTTP status and request, and the API's
/// own status fields. It decides whether the response is data at all, so error bodies are never read as "no trade".
/// </summary>
internal sealed class WebApiResponse(ReadContext context)
{
    public int? HttpStatus { get; set; }

    /// <summary>The request's <c>sumber</c> parameter: "1" exports, "2" imports.</summary>
    public string? Sumber { get; set; }

    public string? Status { get; set; }

    public string? Availability { get; set; }

    public string? Message { get; set; }

    public bool DataSeen { get; set; }

    public long Rows { get; set; }

    private string File => context.FileName;

    /// <summary>Flow from the recorded request, else the user's --flow; both given and different is an error.</summary>
    public Flow ResolveFlow()
    {
        Flow? fromFile = Sumber switch
        {
            null => null,
            "1" => Flow.Export,
            "2" => Flow.Import,
            _ => throw new TradeFileException($"{File}: request parameter sumber='{Sumber}' is neither 1 (exports) nor 2 (imports)"),
        };

        if (fromFile is { } flow && context.FlowOverride is { } stated && stated != flow)
        {
            throw new TradeFileException($"{File}: the recorded request is for {flow} (sumber={Sumber}) but --flow says {stated}");
        }

        return fromFile ?? context.FlowOverride ?? throw new TradeFileException($"{File}: flow unknown: pass --flow");
    }

    /// <summary>Called when the <c>data</c> field starts: an error response must not be read as rows.</summary>
    public void EnsureData()
    {
        if (HttpStatus >= 400)
        {
            throw HttpError();
        }

        if (Status is not null && !IsOk)
        {
            throw StatusError();
        }

        if (Availability is not null && !IsAvailable)
        {
            throw AvailabilityError();
        }
    }

    /// <summary>Called at the end of the document: every field has been seen.</summary>
    public void Finish(bool requireStatus)
    {
        EnsureData();
        if (requireStatus && Status is null)
        {
            throw new TradeFileException($"{File}: no 'status' field: not a BPS WebAPI response");
        }

        if (!DataSeen)
        {
            throw new TradeFileException($"{File}: the response has no 'data' field");
        }

        if (Rows == 0)
        {
            // An empty list is not evidence of zero trade; the request may simply have been wrong.
            throw new TradeFileException($"{File}: the response is OK but holds no rows; it is not read as 'no trade'");
        }
    }

    private bool IsOk => string.Equals(Status, "OK", StringComparison.OrdinalIgnoreCase);

    private bool IsAvailable => string.Equals(Availability, "available", StringComparison.OrdinalIgnoreCase);

    private TradeFileException HttpError()
    {
        var detail = Message is null ? "" : $": \"{Message}\"";
        return new TradeFileException(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{File}: the recorded HTTP status is {HttpStatus}, an error response, not API data{detail}"));
    }

    private TradeFileException StatusError() =>
        new($"{File}: the BPS API answered with an error (status '{Status}'): \"{Message ?? "no message"}\"");

    private TradeFileException AvailabilityError() =>
        new($"{File}: BPS has no data for this request (data-availability '{Availability}')");
}
