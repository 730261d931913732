using Microsoft.Extensions.FileProviders;

namespace Neraca.Web.Features.Shared;

/// <summary>
/// API requests (/api/...) get ProblemDetails for exceptions and bare status codes; pages get the friendly
/// error page. Outside Development neither shows a stack trace.
/// </summary>
public static class ErrorHandling
{
    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    public static WebApplication UseNeracaErrorHandling(this WebApplication app)
    {
        app.UseWhen(IsApi, api =>
        {
            api.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = StatusOf });
            api.UseStatusCodePages();
        });
        app.UseWhen(c => !IsApi(c), pages =>
        {
            if (!app.Environment.IsDevelopment())
            {
                pages.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/error", StatusCodeSelector = StatusOf });
            }

            pages.UseStatusCodePagesWithReExecute("/error", "?code={0}");
        });
        app.Use(TooLargeChunkedBodyIs413);
        return app;
    }

    /// <summary>
    /// A chunked body announces no length, so Kestrel finds it too large only while it is read, by whatever reads
    /// it first: antiforgery and form binding turn that into a 400 ("bad form"), others into an exception. The
    /// body is watched so the answer is the true one, 413, wherever it was read.
    /// </summary>
    private static async Task TooLargeChunkedBodyIs413(HttpContext context, RequestDelegate next)
    {
        if (context.Request.ContentLength is not null || HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }

        var watched = new BodyLimitWatch(context.Request.Body);
        context.Request.Body = watched;
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException) when (watched.TooLarge && !context.Response.HasStarted)
        {
        }

        if (watched.TooLarge && !context.Response.HasStarted)
        {
            context.Response.Clear();
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        }
    }

    /// <summary>
    /// Kestrel reports a bad request (a chunked body over the size limit: 413, a malformed body: 400) as an
    /// exception thrown where the body is read; that is the client's error, not a 500.
    /// </summary>
    private static int StatusOf(Exception exception) =>
        exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError;

    /// <summary>
    /// Static files come from the wwwroot folder beside the app's assemblies, which the build fills
    /// (including the npm libraries in lib/): the same in `dotnet run`, `neraca serve` and the test host.
    /// </summary>
    public static WebApplication UseNeracaStaticFiles(this WebApplication app)
    {
        var root = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (Directory.Exists(root))
        {
            app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(root) });
        }
        else
        {
            app.Logger.LogError("Static files folder {Root} is missing: rebuild the app", root);
        }

        return app;
    }
}

/// <summary>Passes the request body through, noting whether the server refused it as too large.</summary>
internal sealed class BodyLimitWatch(Stream inner) : Stream
{
    public bool TooLarge { get; private set; }

    public override bool CanRead => inner.CanRead;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => inner.Length;
    public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        try
        {
            return inner.Read(buffer, offset, count);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            TooLarge = true;
            throw;
        }
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        try
        {
            return await inner.ReadAsync(buffer, cancellationToken);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            TooLarge = true;
            throw;
        }
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
