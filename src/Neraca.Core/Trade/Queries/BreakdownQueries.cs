using System.Data.Common;
using System.Globalization;
using Neraca.Common;
using Neraca.Storage;
using Npgsql;

namespace Neraca.Trade.Queries;

/// <summary>
/// One member's value in one month. Code is the HS chapter or code prefix, the country's ISO alpha-2 (null when the
/// name was not recognised) or the port name; Name is the country's stored name (countries only).
/// </summary>
internal readonly record struct BreakdownRow(int Month, string? Code, string? Name, long ValueMilli)
{
    /// <summary>The ranking key: the code, else the stored name; "" is the explicit "unspecified" member.</summary>
    public string Key => Code ?? Name ?? "";
}

/// <summary>What a breakdown covers: one flow, one year, a month range (0..0 = the annual figures), one province or all (-1).</summary>
/// <param name="Chapters">Only these HS chapters ("unspecified" = no HS code): a like-for-like change (docs/decisions/0014); null = all.</param>
internal readonly record struct BreakdownFilter(Flow Flow, int Year, int FromMonth, int ToMonth, short Province, IReadOnlyList<string>? Chapters = null);

/// <summary>
/// Rankings read detail only (published totals have no breakdown) and active scopes only. HS chapters, partners and ports
/// come from the aggregate tables kept by the importer; HS 4/6/8 group the facts themselves.
/// </summary>
internal static class BreakdownQueries
{
    /// <summary>Removed from the text for a national breakdown: a literal SQL per case lets both engines pick the right index.</summary>
    private const string ProvinceTerm = " AND s.province_code = @p";

    private const string MemberProvinceTerm = " AND t.province_code = @p";

    private const string ScopeFilter = $"""
        s.is_active = @true AND s.basis = @detail AND s.flow = @flow AND s.year = @year
          AND s.month >= @m0 AND s.month <= @m1{ProvinceTerm}
        """;

    /// <summary>Month is not needed to rank chapters (only country groups date their members): one row per chapter.</summary>
    public const string ByHs2 = $"""
        SELECT MAX(s.month), s.hs2, NULL, SUM(s.value_milli)
        FROM batch_scope s
        WHERE {ScopeFilter}
        GROUP BY s.hs2
        """;

    /// <summary>From the member aggregate (active detail per partner, kept by the importer): no join over per-scope rows.</summary>
    public const string ByCountry = $"""
        SELECT t.month, c.iso2, c.name, SUM(t.value_milli)
        FROM month_country_total t
        JOIN country c ON c.id = t.country_id
        WHERE t.year = @year AND t.month >= @m0 AND t.month <= @m1 AND t.flow = @flow{MemberProvinceTerm}
        GROUP BY t.month, c.iso2, c.name
        """;

    /// <summary>Partners over some chapters only: the per-scope aggregate, whose scopes carry their chapter.</summary>
    public const string ByCountryChapters = $"""
        SELECT s.month, c.iso2, c.name, SUM(t.value_milli)
        FROM scope_country_total t
        JOIN batch_scope s ON s.id = t.scope_id
        JOIN country c ON c.id = t.country_id
        WHERE {ScopeFilter}
        GROUP BY s.month, c.iso2, c.name
        """;

    public const string ByPort = $"""
        SELECT s.month, p.name, NULL, SUM(t.value_milli)
        FROM scope_port_total t
        JOIN batch_scope s ON s.id = t.scope_id
        JOIN port p ON p.id = t.port_id
        WHERE {ScopeFilter}
        GROUP BY s.month, p.name
        """;

    /// <summary>HS codes cut to @digits; a code reported with fewer digits stays as it is (and is flagged by the caller).</summary>
    public const string ByHsPrefix = $"""
        SELECT x.month, x.code, NULL, SUM(x.value_milli)
        FROM (
          SELECT s.month AS month, SUBSTR(h.code, 1, @digits) AS code, f.value_milli AS value_milli
          FROM trade_fact f
          JOIN batch_scope s ON s.id = f.scope_id
          JOIN hs_code h ON h.id = f.hs_code_id
          WHERE {ScopeFilter}
        ) x
        GROUP BY x.month, x.code
        """;

    public const string HsLabels = "SELECT code, language, text FROM hs_label WHERE LENGTH(code) = @digits";

    public static async Task<List<BreakdownRow>> RunAsync(DbConnection connection, TopBy by, BreakdownFilter filter, CancellationToken ct)
    {
        var (text, digits) = by switch
        {
            TopBy.Hs2 => (ByHs2, 2),
            TopBy.Hs4 => (ByHsPrefix, 4),
            TopBy.Hs6 => (ByHsPrefix, 6),
            TopBy.Hs8 => (ByHsPrefix, 8),
            TopBy.Port => (ByPort, 0),
            _ => (ByCountry, 0),
        };
        var parameters = new List<(string, object?)>
        {
            ("@detail", (byte)Basis.Detail), ("@flow", (byte)filter.Flow), ("@year", (short)filter.Year),
            ("@m0", (byte)filter.FromMonth), ("@m1", (byte)filter.ToMonth),
        };
        if (text == ByHsPrefix)
        {
            parameters.Add(("@digits", digits));
        }

        if (filter.Chapters is { } chapters)
        {
            if (text == ByCountry)
            {
                text = ByCountryChapters;
            }

            var names = chapters.Select((_, i) => string.Create(CultureInfo.InvariantCulture, $"@h{i}")).ToList();
            parameters.AddRange(chapters.Select((h, i) => (names[i], (object?)(h == MonthGrid.UnspecifiedHs2 ? "" : h))));
            var term = names.Count == 0 ? " AND 1 = 0" : $" AND s.hs2 IN ({string.Join(", ", names)})";
            text = text.Replace(ProvinceTerm, ProvinceTerm + term, StringComparison.Ordinal);
        }

        if (filter.Province == -1)
        {
            text = text.Replace(ProvinceTerm, "", StringComparison.Ordinal).Replace(MemberProvinceTerm, "", StringComparison.Ordinal);
        }
        else
        {
            parameters.Add(("@p", filter.Province));
        }

        // A literal, not a parameter: SQLite uses the partial index on active scopes only when the query states
        // "is_active = 1" itself; PostgreSQL's boolean needs TRUE.
        text = text.Replace("@true", connection is NpgsqlConnection ? "TRUE" : "1", StringComparison.Ordinal);

        var rows = new List<BreakdownRow>();
        await using var command = Sql.Command(connection, null, text, [.. parameters]);
        await using var r = await command.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            rows.Add(new BreakdownRow(Db.Int(r, 0), Db.String(r, 1), Db.String(r, 2), Db.Long(r, 3)));
        }

        return rows;
    }

    /// <summary>(code, language) → description for codes of exactly <paramref name="digits"/> digits.</summary>
    public static async Task<Dictionary<(string, string), string>> LabelsAsync(DbConnection connection, int digits, CancellationToken ct)
    {
        var labels = new Dictionary<(string, string), string>();
        await using var command = Sql.Command(connection, null, HsLabels, ("@digits", digits));
        await using var r = await command.ExecuteReaderAsync(ct);
        while (await r.ReadAsync(ct))
        {
            labels[(r.GetString(0), r.GetString(1))] = r.GetString(2);
        }

        return labels;
    }
}
