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
            _ => throw new TradeFileException(File, ImportMessage.Of("json.sumber", Sumber)),
        };

        if (fromFile is { } flow && context.FlowOverride is { } stated && stated != flow)
        {
            throw new TradeFileException(File, ImportMessage.Of("json.flowmismatch", ImportMessages.Flow(flow), Sumber, ImportMessages.Flow(stated)));
        }

        return fromFile ?? context.FlowOverride ?? throw new TradeFileException(File, ImportMessage.Of("json.noflow"));
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
            throw new TradeFileException(File, ImportMessage.Of("json.nostatus"));
        }

        if (!DataSeen)
        {
            throw new TradeFileException(File, ImportMessage.Of("json.nodata"));
        }

        if (Rows == 0)
        {
            // An empty list is not evidence of zero trade; the request may simply have been wrong.
            throw new TradeFileException(File, ImportMessage.Of("json.norows"));
        }
    }

    private bool IsOk => string.Equals(Status, "OK", StringComparison.OrdinalIgnoreCase);

    private bool IsAvailable => string.Equals(Availability, "available", StringComparison.OrdinalIgnoreCase);

    private TradeFileException HttpError()
    {
        return new TradeFileException(File, Message is null
            ? ImportMessage.Of("json.http", HttpStatus)
            : ImportMessage.Of("json.http.message", HttpStatus, Message));
    }

    private TradeFileException StatusError() =>
        new(File, ImportMessage.Of("json.status", Status, Message ?? "-"));

    private TradeFileException AvailabilityError() =>
        new(File, ImportMessage.Of("json.availability", Availability));
}
