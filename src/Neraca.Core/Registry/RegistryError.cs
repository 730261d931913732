using System.Globalization;

namespace Neraca.Registry;

/// <summary>
/// A problem with one field of a registry record: the field (as named in the API's JSON, e.g. "capitalRupiah"), a
/// message code and its arguments (the value as typed, limits). Pages render it beside the field in the page's
/// language, the API in English (<see cref="Reason"/>); the texts live in <see cref="RegistryMessages"/>.
/// </summary>
public sealed record RegistryError(string Field, string Code, params string[] Args)
{
    /// <summary>English, for the API, the CLI and logs.</summary>
    public string Reason => RegistryMessages.Format(Code, Args, RegistryMessages.English);

    public string Text(CultureInfo culture) => RegistryMessages.Format(Code, Args, culture);
}

/// <summary>A problem in one cell: row as numbered in the spreadsheet (header = row 1), column as named in its header.</summary>
public sealed record RegistryImportError(int Row, string Column, string Code, params string[] Args)
{
    public string Reason => RegistryMessages.Format(Code, Args, RegistryMessages.English);

    public string Text(CultureInfo culture) => RegistryMessages.Format(Code, Args, culture);
}

/// <summary>The outcome of a registry change: the value, or the field errors, or not found (not visible to the caller).</summary>
public sealed record RegistryResult<T>(T? Value, IReadOnlyList<RegistryError> Errors, bool NotFound)
{
    public static RegistryResult<T> Ok(T value) => new(value, [], false);

    public static RegistryResult<T> Invalid(IReadOnlyList<RegistryError> errors) => new(default, errors, false);

    public static RegistryResult<T> Missing() => new(default, [], true);

    /// <summary>Field → English reasons, the shape of an RFC 7807 validation problem.</summary>
    public Dictionary<string, string[]> ErrorsByField() => RegistryMessages.ByField(Errors, RegistryMessages.English);
}
