using System.Linq.Expressions;
using System.Security.Claims;

namespace Neraca.Accounts;

/// <summary>
/// Which provinces a user may see and change: one province, or all of them for national users (and for
/// anonymous open data, which is filtered elsewhere). Features filter queries with <see cref="Apply{T}"/> and
/// check single records with <see cref="Allows"/>.
/// </summary>
public sealed record ProvinceScope(short? Province)
{
    public const string ClaimType = "neraca:province";

    public static readonly ProvinceScope National = new((short?)null);

    public bool IsNational => Province is null;

    public bool Allows(short provinceCode) => Province is null || Province == provinceCode;

    public IQueryable<T> Apply<T>(IQueryable<T> query, Expression<Func<T, short>> provinceOf)
    {
        if (Province is not short code)
        {
            return query;
        }

        var equals = Expression.Equal(provinceOf.Body, Expression.Constant(code));
        return query.Where(Expression.Lambda<Func<T, bool>>(equals, provinceOf.Parameters));
    }

    /// <summary>The scope of a signed-in user from the province claim; no claim = national.</summary>
    public static ProvinceScope Of(ClaimsPrincipal user)
    {
        var value = user.FindFirst(ClaimType)?.Value;
        return short.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var code)
            ? new ProvinceScope(code)
            : National;
    }
}
