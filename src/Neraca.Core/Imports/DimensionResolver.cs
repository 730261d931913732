using System.Data.Common;
using Neraca.Storage;

namespace Neraca.Imports;

/// <summary>
/// Turns labels into dimension keys, creating rows for members met for the first time (inside the import
/// transaction, so a rejected file leaves none behind). Country names map to ISO codes through the alias
/// table; a name no alias knows is kept verbatim and reported.
/// </summary>
internal sealed class DimensionResolver(DbConnection connection, DbTransaction transaction, Func<string, string?> resolveIso2)
{
    private readonly Dictionary<string, int> hs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> countriesByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> countriesByIso = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> ports = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(DateOnly From, short Province)>> portProvinces = new(StringComparer.Ordinal);

    public SortedSet<string> UnknownCountries { get; } = new(StringComparer.Ordinal);
    public SortedSet<string> PortsWithoutProvince { get; } = new(StringComparer.Ordinal);

    public async Task LoadAsync(CancellationToken ct)
    {
        await ReadAsync("SELECT code, id FROM hs_code", r => hs[r.GetString(0)] = r.GetInt32(1), ct);
        await ReadAsync("SELECT name, id, iso2 FROM country", r =>
        {
            countriesByName[r.GetString(0)] = r.GetInt32(1);
            if (!r.IsDBNull(2))
            {
                countriesByIso[r.GetString(2)] = r.GetInt32(1);
            }
        }, ct);
        await ReadAsync("SELECT name, id FROM port", r => ports[r.GetString(0)] = r.GetInt32(1), ct);
        await ReadAsync("SELECT port_name, valid_from, province_code FROM port_province ORDER BY valid_from", r =>
        {
            var name = r.GetString(0);
            if (!portProvinces.TryGetValue(name, out var list))
            {
                portProvinces[name] = list = [];
            }

            list.Add((DateOnly.FromDateTime(r.GetDateTime(1)), r.GetInt16(2)));
        }, ct);
    }

    public async ValueTask<int> HsAsync(string code, CancellationToken ct)
    {
        if (hs.TryGetValue(code, out var id))
        {
            return id;
        }

        var hs2 = code.Length >= 2 ? code[..2] : code;
        id = (int)await Sql.ScalarLongAsync(connection, transaction,
            "INSERT INTO hs_code (code, hs2, digits) VALUES (@c, @h, @d) RETURNING id", ct,
            ("@c", code), ("@h", hs2), ("@d", (short)code.Length));
        hs[code] = id;
        return id;
    }

    public async ValueTask<int> CountryAsync(string name, CancellationToken ct)
    {
        if (countriesByName.TryGetValue(name, out var id))
        {
            return id;
        }

        var iso2 = name.Length == 0 ? null : resolveIso2(name);
        if (iso2 is not null && countriesByIso.TryGetValue(iso2, out id))
        {
            countriesByName[name] = id;
            return id;
        }

        if (iso2 is null && name.Length > 0)
        {
            UnknownCountries.Add(name);
        }

        id = (int)await Sql.ScalarLongAsync(connection, transaction,
            "INSERT INTO country (iso2, name) VALUES (@i, @n) RETURNING id", ct, ("@i", iso2), ("@n", name));
        countriesByName[name] = id;
        if (iso2 is not null)
        {
            countriesByIso[iso2] = id;
        }

        return id;
    }

    public async ValueTask<int> PortAsync(string name, CancellationToken ct)
    {
        if (ports.TryGetValue(name, out var id))
        {
            return id;
        }

        id = (int)await Sql.ScalarLongAsync(connection, transaction,
            "INSERT INTO port (name) VALUES (@n) RETURNING id", ct, ("@n", name));
        ports[name] = id;
        return id;
    }

    /// <summary>The province of a port on a date, from the editable table; null when the port is not mapped.</summary>
    public short? ProvinceOfPort(string port, DateOnly on)
    {
        if (port.Length == 0)
        {
            return null;
        }

        if (!portProvinces.TryGetValue(port, out var list))
        {
            PortsWithoutProvince.Add(port);
            return null;
        }

        short? found = null;
        foreach (var (from, province) in list)
        {
            if (from <= on)
            {
                found = province;
            }
        }

        if (found is null)
        {
            PortsWithoutProvince.Add(port); // mapped only from a later date
        }

        return found;
    }

    private async Task ReadAsync(string sql, Action<DbDataReader> row, CancellationToken ct)
    {
        await using var command = Sql.Command(connection, transaction, sql);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            row(reader);
        }
    }
}
