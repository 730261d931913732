using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;

namespace Neraca.Tests.Web;

internal static partial class HttpHelpers
{
    public const string EnglishCookie = ".AspNetCore.Culture=c%3Den-US%7Cuic%3Den-US";

    public static MultipartFormDataContent Upload(string fileName, string content, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(content));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, "files", fileName);
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        return form;
    }

    /// <summary>The antiforgery token rendered into a page's forms.</summary>
    public static string FormToken(string html) => TokenPattern().Match(html) is { Success: true } m
        ? m.Groups[1].Value
        : throw new InvalidOperationException("no antiforgery token in the page");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
