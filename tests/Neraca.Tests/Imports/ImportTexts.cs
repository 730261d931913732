using Neraca.Imports;

namespace Neraca.Tests.Imports;

/// <summary>
/// Checks an import message as the reader sees it: its stable code, its English text (the phrase the test cares about)
/// and an Indonesian text of its own (the table's, neither the English one nor the bare code).
/// </summary>
internal static class ImportTexts
{
    public static bool Says(this ImportMessage message, string code, string english) =>
        message.Code == code
        && message.In(ImportMessages.English).Contains(english, StringComparison.Ordinal)
        && HasIndonesian(message);

    public static bool Says(this ImportIssue issue, string code, string english) => issue.Reason.Says(code, english);

    public static void AssertSays(ImportMessage message, string code, string english)
    {
        Assert.Equal(code, message.Code);
        Assert.Contains(english, message.In(ImportMessages.English), StringComparison.Ordinal);
        Assert.True(HasIndonesian(message), $"no Indonesian text of its own for {code}: '{message.In(ImportMessages.Indonesian)}'");
    }

    private static bool HasIndonesian(ImportMessage message)
    {
        var id = message.In(ImportMessages.Indonesian);
        return id.Length > 0 && id != message.Code && id != message.In(ImportMessages.English);
    }
}
