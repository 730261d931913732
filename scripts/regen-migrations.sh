#!/usr/bin/env bash
# Regenerates the single Initial migration of each engine from the EF model (no deployed databases yet) and
# re-adds the hand-written SQL that EF cannot express: the append-only triggers on audit_entry.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
rm -rf src/Neraca.Core/Storage/Migrations
dotnet tool restore >/dev/null
dotnet ef migrations add Initial --project src/Neraca.Core --context SqliteNeracaDb --output-dir Storage/Migrations/Sqlite >/dev/null
dotnet ef migrations add Initial --project src/Neraca.Core --context PostgresNeracaDb --output-dir Storage/Migrations/Postgres >/dev/null
python3 - <<'EOF'
import glob
BLOCKS = {
    "Postgres": ('''
            // Audit rows are append-only: the database refuses to change, delete or truncate them (scripts/regen-migrations.sh).
            migrationBuilder.Sql("""
                CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'audit rows are append-only';
                END;
                $$;
                """);
            migrationBuilder.Sql("CREATE TRIGGER audit_entry_no_change BEFORE UPDATE OR DELETE ON audit_entry FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only();");
            migrationBuilder.Sql("CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only();");
''', '''            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_entry_no_change ON audit_entry;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_entry_no_truncate ON audit_entry;");
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS audit_entry_append_only();");
'''),
    "Sqlite": ('''
            // Audit rows are append-only: the database refuses to change or delete them (scripts/regen-migrations.sh).
            migrationBuilder.Sql("CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry BEGIN SELECT RAISE(ABORT, 'audit rows are append-only'); END;");
            migrationBuilder.Sql("CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry BEGIN SELECT RAISE(ABORT, 'audit rows are append-only'); END;");
''', '''            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_entry_no_update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_entry_no_delete;");
'''),
}
for engine, (up, down) in BLOCKS.items():
    [path] = [p for p in glob.glob(f"src/Neraca.Core/Storage/Migrations/{engine}/*_Initial.cs")]
    s = open(path).read()
    marker = "        /// <inheritdoc />\n        protected override void Down(MigrationBuilder migrationBuilder)\n        {\n"
    i = s.index(marker)
    j = s.rindex("        }\n", 0, i)
    s = s[:j] + up + s[j:]
    s = s.replace(marker, marker + down)
    open(path, "w").write(s)
EOF
echo "migrations regenerated"
