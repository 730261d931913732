namespace Neraca.Imports;

/// <summary>The SQL that closes an import, versioned with the code. Plain SQL valid on SQLite and PostgreSQL.</summary>
internal static class ImportSql
{
    public const string InsertBatch = """
        INSERT INTO import_batch (sha256, file_name, format, status, imported_at_utc, imported_by, fact_count, value_milli, summary_json)
        VALUES (@sha, @file, @format, @status, @at, @by, 0, 0, '{}') RETURNING id
        """;

    public const string InsertScope = """
        INSERT INTO batch_scope (batch_id, flow, year, month, basis, province_code, hs2, is_active, fact_count, value_milli)
        VALUES (@b, @flow, @year, @month, @basis, @province, @hs2, @false, 0, 0) RETURNING id
        """;

    /// <summary>Scope totals from the facts just written (one statement; the scope index makes it a range scan per scope).</summary>
    public const string UpdateScopeTotals = """
        UPDATE batch_scope SET
          fact_count = (SELECT COUNT(*) FROM trade_fact f WHERE f.scope_id = batch_scope.id),
          value_milli = (SELECT COALESCE(SUM(f.value_milli), 0) FROM trade_fact f WHERE f.scope_id = batch_scope.id),
          net_weight_grams = (SELECT SUM(f.net_weight_grams) FROM trade_fact f WHERE f.scope_id = batch_scope.id)
        WHERE batch_id = @b
        """;

    public const string InsertCountryTotals = """
        INSERT INTO scope_country_total (scope_id, country_id, value_milli)
        SELECT f.scope_id, f.country_id, SUM(f.value_milli)
        FROM trade_fact f JOIN batch_scope s ON s.id = f.scope_id
        WHERE s.batch_id = @b
        GROUP BY f.scope_id, f.country_id
        """;

    public const string InsertPortTotals = """
        INSERT INTO scope_port_total (scope_id, port_id, value_milli)
        SELECT f.scope_id, f.port_id, SUM(f.value_milli)
        FROM trade_fact f JOIN batch_scope s ON s.id = f.scope_id
        WHERE s.batch_id = @b
        GROUP BY f.scope_id, f.port_id
        """;

    public const string Duplicates = """
        SELECT s.flow, s.year, s.month, h.code, c.name, p.name, COUNT(*)
        FROM trade_fact f
        JOIN batch_scope s ON s.id = f.scope_id
        JOIN hs_code h ON h.id = f.hs_code_id
        JOIN country c ON c.id = f.country_id
        JOIN port p ON p.id = f.port_id
        WHERE s.batch_id = @b
        GROUP BY f.scope_id, f.hs_code_id, f.country_id, f.port_id, s.flow, s.year, s.month, h.code, c.name, p.name
        HAVING COUNT(*) > 1
        LIMIT 20
        """;

    /// <summary>Active scopes of other batches with the same key as a scope of this batch: a revision.</summary>
    public const string Conflicts = """
        SELECT o.id, o.batch_id, ob.file_name, n.flow, n.year, n.month, n.basis, n.province_code, n.hs2
        FROM batch_scope n
        JOIN batch_scope o ON o.flow = n.flow AND o.year = n.year AND o.month = n.month AND o.basis = n.basis
          AND o.province_code = n.province_code AND o.hs2 = n.hs2 AND o.is_active = @true
        JOIN import_batch ob ON ob.id = o.batch_id
        WHERE n.batch_id = @b
        ORDER BY n.year, n.month, n.flow
        """;

    public const string Supersede = "UPDATE batch_scope SET is_active = @false, superseded_by_batch_id = @b WHERE id = @id";

    public const string MarkSupersededBatches = """
        UPDATE import_batch SET status = @superseded
        WHERE status = @active AND id <> @b
          AND NOT EXISTS (SELECT 1 FROM batch_scope s WHERE s.batch_id = import_batch.id AND s.is_active = @true)
          AND EXISTS (SELECT 1 FROM batch_scope s WHERE s.batch_id = import_batch.id AND s.superseded_by_batch_id = @b)
        """;

    public const string Activate = "UPDATE batch_scope SET is_active = @true WHERE batch_id = @b";

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
