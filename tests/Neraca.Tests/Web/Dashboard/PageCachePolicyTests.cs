using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Neraca.Web.Features.Shared;

namespace Neraca.Tests.Web.Dashboard;

/// <summary>What the page cache policy stores: a plain 200 only; never errors, redirects or responses that set cookies.</summary>
public class PageCachePolicyTests
{
    [Theory]
    [InlineData(200, null, null, true)]
    [InlineData(302, null, null, false)]
    [InlineData(404, null, null, false)]
    [InlineData(500, null, null, false)]
    [InlineData(200, "x=1; path=/", null, false)]
    [InlineData(200, null, "no-cache, no-store", false)]
    public async Task ServeResponse_StatusCookieOrNoStore_StoresOnlyPlain200(int status, string? setCookie, string? cacheControl, bool stored)
    {
        var context = Cacheable();
        IOutputCachePolicy policy = new PageCacheAttribute();
        await policy.CacheRequestAsync(context, CancellationToken.None);
        context.HttpContext.Response.StatusCode = status;
        if (setCookie is not null)
        {
            context.HttpContext.Response.Headers.SetCookie = setCookie;
        }

        if (cacheControl is not null)
        {
            context.HttpContext.Response.Headers.CacheControl = cacheControl;
        }

        await policy.ServeResponseAsync(context, CancellationToken.None);

        Assert.True(context.EnableOutputCaching);
        Assert.Equal(stored, context.AllowCacheStorage);
    }

    [Fact]
    public async Task CacheRequest_NotMarkedCacheable_NeitherLooksUpNorStores()
    {
        var context = new OutputCacheContext { HttpContext = new DefaultHttpContext() };

        await ((IOutputCachePolicy)new PageCacheAttribute()).CacheRequestAsync(context, CancellationToken.None);

        Assert.False(context.EnableOutputCaching);
    }

    private static OutputCacheContext Cacheable()
    {
        var http = new DefaultHttpContext();
        http.Features.Set(new PageCacheFeature(7));
        return new OutputCacheContext { HttpContext = http };
    }
}
