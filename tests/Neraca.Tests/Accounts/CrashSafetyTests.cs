using System.Net;
using Microsoft.EntityFrameworkCore;
using Neraca.Tests.Infrastructure;
using Neraca.Tests.Web;

namespace Neraca.Tests.Accounts;

/// <summary>Bad input from a client is a 4xx, never a 500 (issue 12, security 10).</summary>
public class CrashSafetyTests
{
    [Theory]
    [InlineData("/\t/evil.example/")]
    [InlineData("/\n/evil.example/")]
    [InlineData("/\\evil.example/")]
    public async Task LanguageSwitch_ReturnUrlWithControlCharacters_RedirectsHome(string returnUrl)
    {
        await using var factory = await NeracaWebFactory.CreateAsync();
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });
        var token = HttpHelpers.FormToken(await client.GetStringAsync("/"));

        using var response = await client.PostAsync("/culture", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["culture"] = "en-US",
            ["returnUrl"] = returnUrl,
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/account/login")]
    [InlineData("/culture")]
    public async Task ChunkedBody_OverTheLimit_Is413(string path)
    {
        // Kestrel's default limit is 30,000,000 bytes; a chunked body announces no length, so it fails while being read.
        await using var factory = await NeracaWebFactory.CreateAsync();
        var address = factory.StartKestrel();
        using var client = new HttpClient { BaseAddress = address };

        using var content = new StreamContent(new ChunkedStream(31L * 1024 * 1024));
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=b");
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        request.Headers.TransferEncodingChunked = true;
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    /// <summary>A multipart upload of unknown length (so it is sent chunked): one file part of <c>length</c> bytes.</summary>
    private sealed class ChunkedStream(long length) : Stream
    {
        private static readonly byte[] Head = System.Text.Encoding.ASCII.GetBytes(
            "--b\r\nContent-Disposition: form-data; name=\"files\"; filename=\"big.csv\"\r\nContent-Type: text/csv\r\n\r\n");

        private long sent;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => sent; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - sent);
            Array.Fill(buffer, (byte)'a', offset, n);
            for (var i = 0; i < n && sent + i < Head.Length; i++)
            {
                buffer[offset + i] = Head[sent + i];
            }

            sent += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
