using Neraca.Reference;

namespace Neraca.Registry;

/// <summary>
/// A product's HS code: 2, 4, 6, 8 or 10 digits whose chapter is one of the HS 2022 chapters (reserved 77 and the
/// UN pseudo-chapters 98–99 refused). The hs_code table holds only codes seen in imported trade, not the full
/// nomenclature, so it cannot reject a code (docs/decisions/0010-registry-rules.md).
/// </summary>
public static class HsProductCode
{
    public static string? Normalize(string? text)
    {
        var code = new string([.. (text ?? "").Where(c => c is not (' ' or '.'))]);
        if (code.Length is not (2 or 4 or 6 or 8 or 10) || !code.All(char.IsAsciiDigit))
        {
            return null;
        }

        return HsChapters.Get(code) is { } chapter && chapter.Hs2 != "77" ? code : null;
    }

    public static bool IsValid(string? text) => Normalize(text) is not null;
}
