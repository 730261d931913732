using System.Globalization;
using System.Text.Json.Serialization;

namespace Neraca.Imports;

/// <summary>
/// A reason from the importer as a stable code and its arguments (formatted invariantly), rendered in the reader's
/// language through <see cref="ImportMessages"/>; the JSON carries the code, the arguments and the text in
/// <see cref="Culture"/> (English unless a caller chose another, e.g. <see cref="ImportSummary.In"/>).
/// </summary>
public sealed record ImportMessage(string Code, IReadOnlyList<string> Args)
{
    public static ImportMessage Of(string code, params object?[] args) =>
        new(code, [.. args.Select(a => Convert.ToString(a, CultureInfo.InvariantCulture) ?? "")]);

    [JsonIgnore]
    public CultureInfo Culture { get; init; } = ImportMessages.English;

    public string Text => In(Culture);

    public string In(CultureInfo culture) => ImportMessages.Format(Code, Args, culture);

    public override string ToString() => In(ImportMessages.English);
}
