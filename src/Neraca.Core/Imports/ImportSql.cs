namespace Neraca.Imports;

/// <summary>The SQL that closes an import, versioned with the code. Plain SQL valid on SQLite and PostgreSQL.</summary>
internal static class ImportSql
{
    public const string InsertBatch = """
        INSERT INTO import_batch (sha256, file_name, format, status, imported_at_utc, imported_by, fact_count, value_milli, summary_json, reports_owed)
        VALUES (@sha, @file, @format, @status, @at, @by, 0, 0, '{}', @owed) RETURNING id
        """;

    public const string InsertCountryTotals = """
        INSERT INTO scope_country_total (scope_id, country_id, value_milli)
        SELECT f.scope_id, f.country_id, SUM(f.value_milli)
        FROM trade_fact f
        WHERE f.scope_id BETWEEN @first AND @last
        GROUP BY f.scope_id, f.country_id
        """;

    public const string InsertPortTotals = """
        INSERT INTO scope_port_total (scope_id, port_id, value_milli)
        SELECT f.scope_id, f.port_id, SUM(f.value_milli)
        FROM trade_fact f
        WHERE f.scope_id BETWEEN @first AND @last
        GROUP BY f.scope_id, f.port_id
        """;

    /// <summary>
    /// Facts of this batch sharing a key. Scope rows are not written yet, so the scope id is returned.
    /// The duplicates are found first and only then named (MATERIALIZED, on both engines): the facts were written in
    /// this transaction, so PostgreSQL has no statistics for them and otherwise planned a nested loop that re-ran
    /// the whole grouping once per HS code (seen: over 40 minutes for a 39 MB import).
    /// </summary>
    public const string Duplicates = """
        WITH d AS MATERIALIZED (
            SELECT scope_id, hs_code_id, country_id, port_id, COUNT(*) AS n
            FROM trade_fact WHERE scope_id BETWEEN @first AND @last
            GROUP BY scope_id, hs_code_id, country_id, port_id HAVING COUNT(*) > 1 LIMIT 20)
        SELECT d.scope_id, h.code, c.name, p.name, d.n
        FROM d
        JOIN hs_code h ON h.id = d.hs_code_id
        JOIN country c ON c.id = d.country_id
        JOIN port p ON p.id = d.port_id
        """;

    /// <summary>Active scopes of one period: compared in memory with this batch's keys to find revisions.</summary>
    public const string ActiveScopesOfPeriod = """
        SELECT s.id, s.batch_id, b.file_name, s.basis, s.province_code, s.hs2, s.value_milli, s.fact_count
        FROM batch_scope s JOIN import_batch b ON b.id = s.batch_id
        WHERE s.flow = @flow AND s.year = @year AND s.month = @month AND s.is_active = @true
        """;

    /// <summary>The chapters a national file covers in the period (null when none): its zeros count as loaded for conflicts.</summary>
    public const string NationalDetailOfPeriod = "SELECT hs2_covered FROM national_detail WHERE flow = @flow AND year = @year AND month = @month";

    public const string DeleteNationalDetail = "DELETE FROM national_detail WHERE flow = @flow AND year = @year AND month = @month";

    public const string InsertNationalDetail = "INSERT INTO national_detail (flow, year, month, hs2_covered) VALUES (@flow, @year, @month, @h)";

    public const string DeleteMonthTotals = "DELETE FROM month_total WHERE flow = @flow AND year = @year AND month = @month";

    public const string Supersede = "UPDATE batch_scope SET is_active = @false, superseded_by_batch_id = @b WHERE id = @id";

    public const string MarkSupersededBatches = """
        UPDATE import_batch SET status = @superseded
        WHERE status = @active AND id <> @b
          AND NOT EXISTS (SELECT 1 FROM batch_scope s WHERE s.batch_id = import_batch.id AND s.is_active = @true)
          AND EXISTS (SELECT 1 FROM batch_scope s WHERE s.batch_id = import_batch.id AND s.superseded_by_batch_id = @b)
        """;

    public const string FinishBatch = """
        UPDATE import_batch SET fact_count = @count, value_milli = @value, summary_json = @summary WHERE id = @b
        """;

    public const string UpsertLabel = """
        INSERT INTO hs_label (code, language, text) VALUES (@c, @l, @t)
        ON CONFLICT (code, language) DO UPDATE SET text = excluded.text
        """;

    public const string InsertAudit = """
        INSERT INTO audit_entry (at_utc, actor, action, entity, entity_id, before_json, after_json)
        VALUES (@at, @actor, @action, @entity, @id, @before, @after)
        """;
}
