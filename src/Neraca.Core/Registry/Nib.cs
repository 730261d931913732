namespace Neraca.Registry;

/// <summary>Nomor Induk Berusaha (OSS RBA): exactly 13 digits. OSS publishes no check digit, so only the shape is checked.</summary>
public static class Nib
{
    public const int Length = 13;

    /// <summary>The NIB without spaces, dots or dashes, or null when it is not 13 digits.</summary>
    public static string? Normalize(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var digits = new string([.. text.Where(c => c is not (' ' or '.' or '-'))]);
        return digits.Length == Length && digits.All(char.IsAsciiDigit) ? digits : null;
    }

    public static bool IsValid(string? text) => Normalize(text) is not null;
}
