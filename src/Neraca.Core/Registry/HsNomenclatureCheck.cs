using Microsoft.EntityFrameworkCore;
using Neraca.Storage;

namespace Neraca.Registry;

/// <summary>
/// Once the HS nomenclature or the BTKI tariff book is loaded (`neraca reference load`), a product's code must be one
/// of theirs: 4 and 6 digits from the nomenclature (or BTKI), 8 digits from BTKI, 10 digits by their 8-digit line.
/// Before anything is loaded only the built-in chapter rule of <see cref="HsProductCode"/> applies.
/// </summary>
public static class HsNomenclatureCheck
{
    /// <summary>Why a well-formed code is unknown to the loaded tables, or null when it is known or nothing is loaded to judge by.</summary>
    public static async Task<string?> ProblemAsync(NeracaDb db, string code, CancellationToken ct)
    {
        if (code.Length == 2)
        {
            return null;
        }

        var line = code.Length == 10 ? code[..8] : code;
        var digits = (byte)line.Length;
        var inNomenclature = db.HsNomenclature.Where(n => n.Level == digits);
        var inBtki = db.BtkiLines.Where(b => b.Digits == digits);
        var nomenclatureLoaded = digits <= 6 && await inNomenclature.AnyAsync(ct);
        var btkiLoaded = await inBtki.AnyAsync(ct);
        if (!nomenclatureLoaded && !btkiLoaded)
        {
            return null;
        }

        var known = (nomenclatureLoaded && await inNomenclature.AnyAsync(n => n.Code == line, ct))
            || (btkiLoaded && await inBtki.AnyAsync(b => b.Code == line, ct));
        return known ? null : $"'{code}' is not in the loaded HS nomenclature or BTKI tariff book";
    }
}
