using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Neraca.Storage;
using Neraca.Trade;

namespace Neraca.Web.Features.Shared;

/// <summary>
/// Runs just outside the output cache for pages marked <see cref="PageCacheAttribute"/>. For an anonymous GET/HEAD it
/// reads the trade data version (the cache key's first part), lets the page render or come from the cache into a
/// pooled buffer, then replaces each <see cref="PageCache.Placeholder"/> with this browser's own antiforgery request
/// token (setting its antiforgery cookie and no-store headers as the layout did before) and sends the result. The
/// cache therefore only ever holds placeholders, and no browser gets another's token.
/// </summary>
public sealed class PageCacheMiddleware(RequestDelegate next, IAntiforgery antiforgery, IConfiguration configuration)
{
    private static readonly byte[] Placeholder = Encoding.UTF8.GetBytes(PageCache.Placeholder);

    /// <summary>Read once: a kill switch for operators, and the "uncached" baseline in tests.</summary>
    private readonly bool enabled = configuration.GetValue(PageCache.Setting, true);

    public async Task InvokeAsync(HttpContext context)
    {
        if (!enabled
            || !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
            || context.GetEndpoint()?.Metadata.GetMetadata<PageCacheAttribute>() is null
            || !PageCache.IsAnonymous(context))
        {
            await next(context);
            return;
        }

        var version = await FiguresCache.VersionAsync(context.RequestServices.GetRequiredService<NeracaDb>(), context.RequestAborted);
        context.Features.Set(new PageCacheFeature(version));

        // Never pauses: the whole page is held (tens of KB in pooled segments) until the token is known.
        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: 0, resumeWriterThreshold: 0, useSynchronizationContext: false));
        var original = context.Response.Body;
        context.Response.Body = pipe.Writer.AsStream(leaveOpen: true);
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
            await pipe.Writer.CompleteAsync();
        }

        var read = await pipe.Reader.ReadAsync(context.RequestAborted);
        try
        {
            await SendAsync(context, read.Buffer);
        }
        finally
        {
            pipe.Reader.AdvanceTo(read.Buffer.End);
            await pipe.Reader.CompleteAsync();
        }
    }

    private async Task SendAsync(HttpContext context, ReadOnlySequence<byte> body)
    {
        var count = 0;
        var scan = new SequenceReader<byte>(body);
        while (scan.TryAdvanceTo(Placeholder[0], advancePastDelimiter: false))
        {
            if (scan.IsNext(Placeholder, advancePast: true))
            {
                count++;
            }
            else
            {
                scan.Advance(1);
            }
        }

        var token = count == 0 ? [] : Encoding.UTF8.GetBytes(antiforgery.GetAndStoreTokens(context).RequestToken!);
        if (body.IsEmpty)
        {
            return; // 304 from the cache, or nothing written: headers as they are
        }

        context.Response.ContentLength = body.Length + ((long)count * (token.Length - Placeholder.Length));
        var writer = context.Response.BodyWriter;
        var rest = new SequenceReader<byte>(body);
        while (count > 0 && rest.TryReadTo(out ReadOnlySequence<byte> before, Placeholder, advancePastDelimiter: true))
        {
            Write(writer, before);
            writer.Write(token);
            count--;
        }

        Write(writer, rest.UnreadSequence);
        await writer.FlushAsync(context.RequestAborted);
    }

    private static void Write(PipeWriter writer, ReadOnlySequence<byte> part)
    {
        foreach (var segment in part)
        {
            writer.Write(segment.Span);
        }
    }
}
