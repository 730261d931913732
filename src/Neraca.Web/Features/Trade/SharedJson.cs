using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace Neraca.Web.Features.Trade;

/// <summary>
/// 200 with <typeparamref name="T"/> as JSON, like <see cref="Ok{TValue}"/>, but serialized once per value object: the
/// figures engine hands out the same immutable result until the next import (FiguresCache), and serializing a 24-month
/// balance (39 KB with its HS chapter lists) took ~1.4 ms, most of a cached request's time (bench/README.md).
/// </summary>
public sealed class SharedJson<T>(T value) : IResult, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<T>, IContentTypeHttpResult, IEndpointMetadataProvider
    where T : class
{
    private static readonly ConditionalWeakTable<T, byte[]> Serialized = new();

    public T Value { get; } = value;

    public int? StatusCode => StatusCodes.Status200OK;

    public string ContentType => "application/json; charset=utf-8";

    object? IValueHttpResult.Value => Value;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var options = httpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var bytes = Serialized.GetValue(Value, v => JsonSerializer.SerializeToUtf8Bytes(v, options));
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = ContentType;
        httpContext.Response.ContentLength = bytes.Length;
        return httpContext.Response.Body.WriteAsync(bytes, httpContext.RequestAborted).AsTask();
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), ["application/json"]));
}
