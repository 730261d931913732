using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Neraca.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "app_role",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    normalized_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    concurrency_stamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_app_role", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "audit_entry",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    action = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    entity = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    entity_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    before_json = table.Column<string>(type: "TEXT", nullable: true),
                    after_json = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_entry", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "batch_scope",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    batch_id = table.Column<int>(type: "INTEGER", nullable: false),
                    flow = table.Column<byte>(type: "INTEGER", nullable: false),
                    year = table.Column<short>(type: "INTEGER", nullable: false),
                    month = table.Column<byte>(type: "INTEGER", nullable: false),
                    basis = table.Column<byte>(type: "INTEGER", nullable: false),
                    province_code = table.Column<short>(type: "INTEGER", nullable: false),
                    hs2 = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    is_active = table.Column<bool>(type: "INTEGER", nullable: false),
                    superseded_by_batch_id = table.Column<int>(type: "INTEGER", nullable: true),
                    fact_count = table.Column<long>(type: "INTEGER", nullable: false),
                    value_milli = table.Column<long>(type: "INTEGER", nullable: false),
                    net_weight_grams = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_batch_scope", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "btki_line",
                columns: table => new
                {
                    code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    edition = table.Column<short>(type: "INTEGER", nullable: false),
                    digits = table.Column<byte>(type: "INTEGER", nullable: false),
                    hs2 = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    description_id = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    description_en = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    import_duty_mfn = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    export_duty = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_btki_line", x => new { x.edition, x.code });
                });

            migrationBuilder.CreateTable(
                name: "country",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    iso2 = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_country", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "country_group_member",
                columns: table => new
                {
                    group_code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    iso2 = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    group_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    member_since = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    member_until = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_country_group_member", x => new { x.group_code, x.iso2 });
                });

            migrationBuilder.CreateTable(
                name: "country_reference",
                columns: table => new
                {
                    iso2 = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    iso3 = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    numeric = table.Column<string>(type: "TEXT", maxLength: 3, nullable: true),
                    name_en = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    name_id = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    region = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    subregion = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_country_reference", x => x.iso2);
                });

            migrationBuilder.CreateTable(
                name: "data_protection_key",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    friendly_name = table.Column<string>(type: "TEXT", nullable: true),
                    xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_data_protection_key", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "denied_request",
                columns: table => new
                {
                    minute_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    address = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    requests = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_denied_request", x => new { x.minute_utc, x.address });
                });

            migrationBuilder.CreateTable(
                name: "fetch_log",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    requested_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    requested_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    url = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    http_status = table.Column<int>(type: "INTEGER", nullable: true),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    message = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    batch_id = table.Column<int>(type: "INTEGER", nullable: true),
                    body_sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    body_gzip = table.Column<byte[]>(type: "BLOB", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fetch_log", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "hs_code",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    hs2 = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    digits = table.Column<byte>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hs_code", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "hs_end_use",
                columns: table => new
                {
                    hs6 = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    edition = table.Column<short>(type: "INTEGER", nullable: false),
                    end_use = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    bec_codes = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hs_end_use", x => new { x.edition, x.hs6 });
                });

            migrationBuilder.CreateTable(
                name: "hs_heading_name",
                columns: table => new
                {
                    hs4 = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    edition = table.Column<short>(type: "INTEGER", nullable: false),
                    description_id = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    description_en = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hs_heading_name", x => new { x.edition, x.hs4 });
                });

            migrationBuilder.CreateTable(
                name: "hs_label",
                columns: table => new
                {
                    code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    language = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hs_label", x => new { x.code, x.language });
                });

            migrationBuilder.CreateTable(
                name: "hs_nomenclature",
                columns: table => new
                {
                    code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    edition = table.Column<short>(type: "INTEGER", nullable: false),
                    level = table.Column<byte>(type: "INTEGER", nullable: false),
                    parent = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    section = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    description_en = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hs_nomenclature", x => new { x.edition, x.code });
                });

            migrationBuilder.CreateTable(
                name: "hs_sector",
                columns: table => new
                {
                    hs6 = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    edition = table.Column<short>(type: "INTEGER", nullable: false),
                    sector = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    isic = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_hs_sector", x => new { x.edition, x.hs6 });
                });

            migrationBuilder.CreateTable(
                name: "import_batch",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    format = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    status = table.Column<byte>(type: "INTEGER", nullable: false),
                    imported_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    imported_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    fact_count = table.Column<long>(type: "INTEGER", nullable: false),
                    value_milli = table.Column<long>(type: "INTEGER", nullable: false),
                    summary_json = table.Column<string>(type: "TEXT", nullable: false),
                    reports_owed = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_import_batch", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "mail_outbox",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    to = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    body = table.Column<string>(type: "TEXT", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    next_attempt_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    sent_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    last_error = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_mail_outbox", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "market_requirement",
                columns: table => new
                {
                    market = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    hs_prefix = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    certification = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    label_en = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    label_id = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_market_requirement", x => new { x.market, x.hs_prefix, x.code });
                });

            migrationBuilder.CreateTable(
                name: "month_country_total",
                columns: table => new
                {
                    flow = table.Column<byte>(type: "INTEGER", nullable: false),
                    year = table.Column<short>(type: "INTEGER", nullable: false),
                    month = table.Column<byte>(type: "INTEGER", nullable: false),
                    province_code = table.Column<short>(type: "INTEGER", nullable: false),
                    country_id = table.Column<int>(type: "INTEGER", nullable: false),
                    value_milli = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_month_country_total", x => new { x.year, x.month, x.flow, x.province_code, x.country_id });
                });

            migrationBuilder.CreateTable(
                name: "month_total",
                columns: table => new
                {
                    flow = table.Column<byte>(type: "INTEGER", nullable: false),
                    year = table.Column<short>(type: "INTEGER", nullable: false),
                    month = table.Column<byte>(type: "INTEGER", nullable: false),
                    basis = table.Column<byte>(type: "INTEGER", nullable: false),
                    province_code = table.Column<short>(type: "INTEGER", nullable: false),
                    value_milli = table.Column<long>(type: "INTEGER", nullable: false),
                    scope_count = table.Column<int>(type: "INTEGER", nullable: false),
                    fact_count = table.Column<long>(type: "INTEGER", nullable: false),
                    hs2_covered = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_month_total", x => new { x.year, x.month, x.flow, x.basis, x.province_code });
                });

            migrationBuilder.CreateTable(
                name: "national_detail",
                columns: table => new
                {
                    flow = table.Column<byte>(type: "INTEGER", nullable: false),
                    year = table.Column<short>(type: "INTEGER", nullable: false),
                    month = table.Column<byte>(type: "INTEGER", nullable: false),
                    hs2_covered = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_national_detail", x => new { x.year, x.month, x.flow });
                });

            migrationBuilder.CreateTable(
                name: "port",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_port", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "province",
                columns: table => new
                {
                    code = table.Column<short>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_province", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "reference_load",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    table_name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    file = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    rows = table.Column<int>(type: "INTEGER", nullable: false),
                    loaded_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    loaded_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reference_load", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "release_date",
                columns: table => new
                {
                    year = table.Column<short>(type: "INTEGER", nullable: false),
                    month = table.Column<byte>(type: "INTEGER", nullable: false),
                    expected_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_release_date", x => new { x.year, x.month });
                });

            migrationBuilder.CreateTable(
                name: "scope_country_total",
                columns: table => new
                {
                    scope_id = table.Column<int>(type: "INTEGER", nullable: false),
                    country_id = table.Column<int>(type: "INTEGER", nullable: false),
                    value_milli = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scope_country_total", x => new { x.scope_id, x.country_id });
                });

            migrationBuilder.CreateTable(
                name: "scope_port_total",
                columns: table => new
                {
                    scope_id = table.Column<int>(type: "INTEGER", nullable: false),
                    port_id = table.Column<int>(type: "INTEGER", nullable: false),
                    value_milli = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scope_port_total", x => new { x.scope_id, x.port_id });
                });

            migrationBuilder.CreateTable(
                name: "security_version",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_security_version", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "trade_agreement",
                columns: table => new
                {
                    code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    partner = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    name_en = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    name_id = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    in_force_from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    in_force_until = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trade_agreement", x => new { x.code, x.partner });
                });

            migrationBuilder.CreateTable(
                name: "trade_fact",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    scope_id = table.Column<int>(type: "INTEGER", nullable: false),
                    hs_code_id = table.Column<int>(type: "INTEGER", nullable: false),
                    country_id = table.Column<int>(type: "INTEGER", nullable: false),
                    port_id = table.Column<int>(type: "INTEGER", nullable: false),
                    value_milli = table.Column<long>(type: "INTEGER", nullable: false),
                    net_weight_grams = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trade_fact", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "world_export",
                columns: table => new
                {
                    year = table.Column<short>(type: "INTEGER", nullable: false),
                    hs = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    value_milli = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_world_export", x => new { x.year, x.hs });
                });

            migrationBuilder.CreateTable(
                name: "world_import",
                columns: table => new
                {
                    year = table.Column<short>(type: "INTEGER", nullable: false),
                    hs = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    importer = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    value_milli = table.Column<long>(type: "INTEGER", nullable: false),
                    complete = table.Column<bool>(type: "INTEGER", nullable: false),
                    source = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_world_import", x => new { x.year, x.hs, x.importer });
                });

            migrationBuilder.CreateTable(
                name: "app_role_claim",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    role_id = table.Column<string>(type: "TEXT", nullable: false),
                    claim_type = table.Column<string>(type: "TEXT", nullable: true),
                    claim_value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_app_role_claim", x => x.id);
                    table.ForeignKey(
                        name: "FK_app_role_claim_app_role_role_id",
                        column: x => x.role_id,
                        principalTable: "app_role",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "app_user",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    province_code = table.Column<short>(type: "INTEGER", nullable: true),
                    display_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    is_disabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    must_change_password = table.Column<bool>(type: "INTEGER", nullable: false),
                    user_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    normalized_user_name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    normalized_email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    email_confirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    password_hash = table.Column<string>(type: "TEXT", nullable: true),
                    security_stamp = table.Column<string>(type: "TEXT", nullable: true),
                    concurrency_stamp = table.Column<string>(type: "TEXT", nullable: true),
                    phone_number = table.Column<string>(type: "TEXT", nullable: true),
                    phone_number_confirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    two_factor_enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    lockout_end = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    lockout_enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    access_failed_count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_app_user", x => x.id);
                    table.ForeignKey(
                        name: "FK_app_user_province_province_code",
                        column: x => x.province_code,
                        principalTable: "province",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "inquiry",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    province_code = table.Column<short>(type: "INTEGER", nullable: false),
                    product_text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    hs = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    quantity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: true),
                    unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    country = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    certifications = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    incoterm = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    timeline = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    contact_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    contact_email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    company = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    product_id = table.Column<int>(type: "INTEGER", nullable: true),
                    language = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    confirm_token_hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    confirm_expires_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    confirmed_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 15, nullable: false),
                    last_activity_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    close_reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    business_id = table.Column<int>(type: "INTEGER", nullable: true),
                    export_record_id = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inquiry", x => x.id);
                    table.ForeignKey(
                        name: "FK_inquiry_province_province_code",
                        column: x => x.province_code,
                        principalTable: "province",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "port_province",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    port_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    province_code = table.Column<short>(type: "INTEGER", nullable: false),
                    valid_from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_port_province", x => x.id);
                    table.ForeignKey(
                        name: "FK_port_province_province_province_code",
                        column: x => x.province_code,
                        principalTable: "province",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "program",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    province_code = table.Column<short>(type: "INTEGER", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    focus_areas = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    organiser = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    partners = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    budget_rupiah = table.Column<decimal>(type: "TEXT", precision: 20, scale: 2, nullable: true),
                    funding_source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    start_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    end_date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    regency_code = table.Column<short>(type: "INTEGER", nullable: true),
                    online = table.Column<bool>(type: "INTEGER", nullable: false),
                    quota = table.Column<int>(type: "INTEGER", nullable: false),
                    eligible_scales = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    eligible_kinds = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    eligible_hs_chapters = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    eligible_bands = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    required_certifications = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    target_participants = table.Column<int>(type: "INTEGER", nullable: true),
                    target_women_led_percent = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: true),
                    target_export_ready = table.Column<int>(type: "INTEGER", nullable: true),
                    target_new_exporters = table.Column<int>(type: "INTEGER", nullable: true),
                    target_export_value_usd = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: true),
                    completion_attendance_percent = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false),
                    completion_needs_post_test = table.Column<bool>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    opened_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    running_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    closed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    from_placeholder = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_program", x => x.id);
                    table.CheckConstraint("ck_program_dates", "end_date >= start_date");
                    table.ForeignKey(
                        name: "FK_program_province_province_code",
                        column: x => x.province_code,
                        principalTable: "province",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "report_version",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    province_code = table.Column<short>(type: "INTEGER", nullable: false),
                    year = table.Column<short>(type: "INTEGER", nullable: false),
                    month = table.Column<byte>(type: "INTEGER", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    batch_ids = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    trigger = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    json_id = table.Column<byte[]>(type: "BLOB", nullable: false),
                    json_en = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_report_version", x => x.id);
                    table.ForeignKey(
                        name: "FK_report_version_province_province_code",
                        column: x => x.province_code,
                        principalTable: "province",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "api_token",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    last_used_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    revoked_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_api_token", x => x.id);
                    table.ForeignKey(
                        name: "FK_api_token_app_user_user_id",
                        column: x => x.user_id,
                        principalTable: "app_user",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "app_user_claim",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    user_id = table.Column<string>(type: "TEXT", nullable: false),
                    claim_type = table.Column<string>(type: "TEXT", nullable: true),
                    claim_value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_app_user_claim", x => x.id);
                    table.ForeignKey(
                        name: "FK_app_user_claim_app_user_user_id",
                        column: x => x.user_id,
                        principalTable: "app_user",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "app_user_login",
                columns: table => new
                {
                    login_provider = table.Column<string>(type: "TEXT", nullable: false),
                    provider_key = table.Column<string>(type: "TEXT", nullable: false),
                    provider_display_name = table.Column<string>(type: "TEXT", nullable: true),
                    user_id = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_app_user_login", x => new { x.login_provider, x.provider_key });
                    table.ForeignKey(
                        name: "FK_app_user_login_app_user_user_id",
                        column: x => x.user_id,
                        principalTable: "app_user",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "app_user_role",
                columns: table => new
                {
                    user_id = table.Column<string>(type: "TEXT", nullable: false),
                    role_id = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_app_user_role", x => new { x.user_id, x.role_id });
                    table.ForeignKey(
                        name: "FK_app_user_role_app_role_role_id",
                        column: x => x.role_id,
                        principalTable: "app_role",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_app_user_role_app_user_user_id",
                        column: x => x.user_id,
                        principalTable: "app_user",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "app_user_token",
                columns: table => new
                {
                    user_id = table.Column<string>(type: "TEXT", nullable: false),
                    login_provider = table.Column<string>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_app_user_token", x => new { x.user_id, x.login_provider, x.name });
                    table.ForeignKey(
                        name: "FK_app_user_token_app_user_user_id",
                        column: x => x.user_id,
                        principalTable: "app_user",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "business",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    nib = table.Column<string>(type: "TEXT", maxLength: 13, nullable: false),
                    legal_form = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    kbli_codes = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    capital_rupiah = table.Column<decimal>(type: "TEXT", precision: 20, scale: 2, nullable: true),
                    annual_sales_rupiah = table.Column<decimal>(type: "TEXT", precision: 20, scale: 2, nullable: true),
                    province_code = table.Column<short>(type: "INTEGER", nullable: false),
                    regency_code = table.Column<short>(type: "INTEGER", nullable: false),
                    address = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    phone = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    email = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    website = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    owner_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    owner_gender = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false),
                    employees = table.Column<int>(type: "INTEGER", nullable: true),
                    founded_year = table.Column<int>(type: "INTEGER", nullable: true),
                    catalog_consent = table.Column<bool>(type: "INTEGER", nullable: false),
                    owner_user_id = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    verification = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    verified_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    verified_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_business", x => x.id);
                    table.ForeignKey(
                        name: "FK_business_app_user_owner_user_id",
                        column: x => x.owner_user_id,
                        principalTable: "app_user",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_business_province_province_code",
                        column: x => x.province_code,
                        principalTable: "province",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "totp_step",
                columns: table => new
                {
                    user_id = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    last_time_step = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_totp_step", x => x.user_id);
                    table.ForeignKey(
                        name: "FK_totp_step_app_user_user_id",
                        column: x => x.user_id,
                        principalTable: "app_user",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_session",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    user_id = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ended_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_user_session", x => x.id);
                    table.ForeignKey(
                        name: "FK_user_session_app_user_user_id",
                        column: x => x.user_id,
                        principalTable: "app_user",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "inquiry_event",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    inquiry_id = table.Column<int>(type: "INTEGER", nullable: false),
                    at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    from = table.Column<string>(type: "TEXT", maxLength: 15, nullable: false),
                    to = table.Column<string>(type: "TEXT", maxLength: 15, nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inquiry_event", x => x.id);
                    table.ForeignKey(
                        name: "FK_inquiry_event_inquiry_inquiry_id",
                        column: x => x.inquiry_id,
                        principalTable: "inquiry",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "program_session",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    program_id = table.Column<int>(type: "INTEGER", nullable: false),
                    agenda = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    trainer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    start_time = table.Column<TimeOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_program_session", x => x.id);
                    table.ForeignKey(
                        name: "FK_program_session_program_program_id",
                        column: x => x.program_id,
                        principalTable: "program",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "business_assessment",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    business_id = table.Column<int>(type: "INTEGER", nullable: false),
                    questionnaire_version = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    verified = table.Column<bool>(type: "INTEGER", nullable: false),
                    answers_json = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    score = table.Column<decimal>(type: "TEXT", precision: 5, scale: 1, nullable: false),
                    band = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_business_assessment", x => x.id);
                    table.ForeignKey(
                        name: "FK_business_assessment_business_business_id",
                        column: x => x.business_id,
                        principalTable: "business",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "business_certification",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    business_id = table.Column<int>(type: "INTEGER", nullable: false),
                    type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    issuer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    issued_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    expires_on = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_business_certification", x => x.id);
                    table.ForeignKey(
                        name: "FK_business_certification_business_business_id",
                        column: x => x.business_id,
                        principalTable: "business",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "business_export",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    business_id = table.Column<int>(type: "INTEGER", nullable: false),
                    date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    country = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    hs_code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    value_usd = table.Column<decimal>(type: "TEXT", precision: 18, scale: 2, nullable: false),
                    volume = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    buyer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    port_of_loading = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_business_export", x => x.id);
                    table.ForeignKey(
                        name: "FK_business_export_business_business_id",
                        column: x => x.business_id,
                        principalTable: "business",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "business_participation",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    business_id = table.Column<int>(type: "INTEGER", nullable: false),
                    program_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    date = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_business_participation", x => x.id);
                    table.ForeignKey(
                        name: "FK_business_participation_business_business_id",
                        column: x => x.business_id,
                        principalTable: "business",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "business_product",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    business_id = table.Column<int>(type: "INTEGER", nullable: false),
                    name_id = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    name_en = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    hs_code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    monthly_capacity = table.Column<decimal>(type: "TEXT", precision: 18, scale: 3, nullable: true),
                    capacity_unit = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    price_min_rupiah = table.Column<decimal>(type: "TEXT", precision: 20, scale: 2, nullable: true),
                    price_max_rupiah = table.Column<decimal>(type: "TEXT", precision: 20, scale: 2, nullable: true),
                    minimum_order = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    packaging = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    shelf_life_days = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_business_product", x => x.id);
                    table.ForeignKey(
                        name: "FK_business_product_business_business_id",
                        column: x => x.business_id,
                        principalTable: "business",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "program_enrolment",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    program_id = table.Column<int>(type: "INTEGER", nullable: false),
                    business_id = table.Column<int>(type: "INTEGER", nullable: false),
                    status = table.Column<string>(type: "TEXT", maxLength: 15, nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    decided_at_utc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    decided_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    pre_test_score = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: true),
                    post_test_score = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: true),
                    satisfaction = table.Column<int>(type: "INTEGER", nullable: true),
                    completed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    certificate_code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_program_enrolment", x => x.id);
                    table.ForeignKey(
                        name: "FK_program_enrolment_business_business_id",
                        column: x => x.business_id,
                        principalTable: "business",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_program_enrolment_program_program_id",
                        column: x => x.program_id,
                        principalTable: "program",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "business_product_photo",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    product_id = table.Column<int>(type: "INTEGER", nullable: false),
                    slot = table.Column<int>(type: "INTEGER", nullable: false),
                    width = table.Column<int>(type: "INTEGER", nullable: false),
                    height = table.Column<int>(type: "INTEGER", nullable: false),
                    jpeg = table.Column<byte[]>(type: "BLOB", nullable: false),
                    thumbnail = table.Column<byte[]>(type: "BLOB", nullable: false),
                    created_at_utc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_business_product_photo", x => x.id);
                    table.CheckConstraint("ck_business_product_photo_slot", "slot BETWEEN 1 AND 6");
                    table.ForeignKey(
                        name: "FK_business_product_photo_business_product_product_id",
                        column: x => x.product_id,
                        principalTable: "business_product",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "program_attendance",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    session_id = table.Column<int>(type: "INTEGER", nullable: false),
                    enrolment_id = table.Column<int>(type: "INTEGER", nullable: false),
                    present = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_program_attendance", x => x.id);
                    table.ForeignKey(
                        name: "FK_program_attendance_program_enrolment_enrolment_id",
                        column: x => x.enrolment_id,
                        principalTable: "program_enrolment",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_program_attendance_program_session_session_id",
                        column: x => x.session_id,
                        principalTable: "program_session",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "province",
                columns: new[] { "code", "name" },
                values: new object[,]
                {
                    { (short)0, "INDONESIA" },
                    { (short)11, "ACEH" },
                    { (short)12, "SUMATERA UTARA" },
                    { (short)13, "SUMATERA BARAT" },
                    { (short)14, "RIAU" },
                    { (short)15, "JAMBI" },
                    { (short)16, "SUMATERA SELATAN" },
                    { (short)17, "BENGKULU" },
                    { (short)18, "LAMPUNG" },
                    { (short)19, "KEPULAUAN BANGKA BELITUNG" },
                    { (short)21, "KEPULAUAN RIAU" },
                    { (short)31, "DKI JAKARTA" },
                    { (short)32, "JAWA BARAT" },
                    { (short)33, "JAWA TENGAH" },
                    { (short)34, "DI YOGYAKARTA" },
                    { (short)35, "JAWA TIMUR" },
                    { (short)36, "BANTEN" },
                    { (short)51, "BALI" },
                    { (short)52, "NUSA TENGGARA BARAT" },
                    { (short)53, "NUSA TENGGARA TIMUR" },
                    { (short)61, "KALIMANTAN BARAT" },
                    { (short)62, "KALIMANTAN TENGAH" },
                    { (short)63, "KALIMANTAN SELATAN" },
                    { (short)64, "KALIMANTAN TIMUR" },
                    { (short)65, "KALIMANTAN UTARA" },
                    { (short)71, "SULAWESI UTARA" },
                    { (short)72, "SULAWESI TENGAH" },
                    { (short)73, "SULAWESI SELATAN" },
                    { (short)74, "SULAWESI TENGGARA" },
                    { (short)75, "GORONTALO" },
                    { (short)76, "SULAWESI BARAT" },
                    { (short)81, "MALUKU" },
                    { (short)82, "MALUKU UTARA" },
                    { (short)91, "PAPUA BARAT" },
                    { (short)92, "PAPUA BARAT DAYA" },
                    { (short)94, "PAPUA" },
                    { (short)95, "PAPUA SELATAN" },
                    { (short)96, "PAPUA TENGAH" },
                    { (short)97, "PAPUA PEGUNUNGAN" },
                    { (short)99, "TIDAK DIKETAHUI (UNSPECIFIED)" }
                });

            migrationBuilder.InsertData(
                table: "security_version",
                columns: new[] { "id", "version" },
                values: new object[] { 1, 0L });

            migrationBuilder.CreateIndex(
                name: "IX_api_token_hash",
                table: "api_token",
                column: "hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_api_token_user_id",
                table: "api_token",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "IX_app_role_normalized_name",
                table: "app_role",
                column: "normalized_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_app_role_claim_role_id",
                table: "app_role_claim",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "IX_app_user_normalized_email",
                table: "app_user",
                column: "normalized_email");

            migrationBuilder.CreateIndex(
                name: "IX_app_user_normalized_user_name",
                table: "app_user",
                column: "normalized_user_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_app_user_province_code",
                table: "app_user",
                column: "province_code");

            migrationBuilder.CreateIndex(
                name: "IX_app_user_claim_user_id",
                table: "app_user_claim",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "IX_app_user_login_user_id",
                table: "app_user_login",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "IX_app_user_role_role_id",
                table: "app_user_role",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "IX_audit_entry_at_utc",
                table: "audit_entry",
                column: "at_utc");

            migrationBuilder.CreateIndex(
                name: "IX_batch_scope_batch_id",
                table: "batch_scope",
                column: "batch_id");

            migrationBuilder.CreateIndex(
                name: "IX_batch_scope_province_code_flow_year_month",
                table: "batch_scope",
                columns: new[] { "province_code", "flow", "year", "month" });

            migrationBuilder.CreateIndex(
                name: "ux_batch_scope_active",
                table: "batch_scope",
                columns: new[] { "flow", "year", "month", "basis", "province_code", "hs2" },
                unique: true,
                filter: "is_active = 1");

            migrationBuilder.CreateIndex(
                name: "IX_business_nib",
                table: "business",
                column: "nib",
                unique: true,
                filter: "verification = 'Verified'");

            migrationBuilder.CreateIndex(
                name: "IX_business_owner_user_id",
                table: "business",
                column: "owner_user_id");

            migrationBuilder.CreateIndex(
                name: "IX_business_province_code_regency_code",
                table: "business",
                columns: new[] { "province_code", "regency_code" });

            migrationBuilder.CreateIndex(
                name: "IX_business_assessment_business_id",
                table: "business_assessment",
                column: "business_id");

            migrationBuilder.CreateIndex(
                name: "IX_business_certification_business_id",
                table: "business_certification",
                column: "business_id");

            migrationBuilder.CreateIndex(
                name: "IX_business_export_business_id",
                table: "business_export",
                column: "business_id");

            migrationBuilder.CreateIndex(
                name: "IX_business_participation_business_id",
                table: "business_participation",
                column: "business_id");

            migrationBuilder.CreateIndex(
                name: "IX_business_product_business_id",
                table: "business_product",
                column: "business_id");

            migrationBuilder.CreateIndex(
                name: "IX_business_product_hs_code",
                table: "business_product",
                column: "hs_code");

            migrationBuilder.CreateIndex(
                name: "IX_business_product_photo_product_id_slot",
                table: "business_product_photo",
                columns: new[] { "product_id", "slot" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_country_iso2",
                table: "country",
                column: "iso2");

            migrationBuilder.CreateIndex(
                name: "IX_country_name",
                table: "country",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_fetch_log_url_id",
                table: "fetch_log",
                columns: new[] { "url", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_hs_code_code",
                table: "hs_code",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_import_batch_reports_owed",
                table: "import_batch",
                column: "reports_owed");

            migrationBuilder.CreateIndex(
                name: "IX_import_batch_sha256",
                table: "import_batch",
                column: "sha256",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inquiry_confirm_token_hash",
                table: "inquiry",
                column: "confirm_token_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_inquiry_province_code_status",
                table: "inquiry",
                columns: new[] { "province_code", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_inquiry_event_inquiry_id",
                table: "inquiry_event",
                column: "inquiry_id");

            migrationBuilder.CreateIndex(
                name: "IX_mail_outbox_sent_at_utc_next_attempt_at_utc",
                table: "mail_outbox",
                columns: new[] { "sent_at_utc", "next_attempt_at_utc" });

            migrationBuilder.CreateIndex(
                name: "IX_month_total_province_code_year",
                table: "month_total",
                columns: new[] { "province_code", "year" });

            migrationBuilder.CreateIndex(
                name: "IX_port_name",
                table: "port",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_port_province_port_name_valid_from",
                table: "port_province",
                columns: new[] { "port_name", "valid_from" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_port_province_province_code",
                table: "port_province",
                column: "province_code");

            migrationBuilder.CreateIndex(
                name: "IX_program_province_code_start_date",
                table: "program",
                columns: new[] { "province_code", "start_date" });

            migrationBuilder.CreateIndex(
                name: "IX_program_attendance_enrolment_id",
                table: "program_attendance",
                column: "enrolment_id");

            migrationBuilder.CreateIndex(
                name: "IX_program_attendance_session_id_enrolment_id",
                table: "program_attendance",
                columns: new[] { "session_id", "enrolment_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_program_enrolment_business_id",
                table: "program_enrolment",
                column: "business_id");

            migrationBuilder.CreateIndex(
                name: "IX_program_enrolment_certificate_code",
                table: "program_enrolment",
                column: "certificate_code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_program_enrolment_program_id_business_id",
                table: "program_enrolment",
                columns: new[] { "program_id", "business_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_program_session_program_id",
                table: "program_session",
                column: "program_id");

            migrationBuilder.CreateIndex(
                name: "IX_reference_load_table_name_id",
                table: "reference_load",
                columns: new[] { "table_name", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_report_version_province_code_year_month_version",
                table: "report_version",
                columns: new[] { "province_code", "year", "month", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_trade_fact_scope_id",
                table: "trade_fact",
                column: "scope_id");

            migrationBuilder.CreateIndex(
                name: "IX_user_session_user_id",
                table: "user_session",
                column: "user_id");

            // Audit rows are append-only: the database refuses to change or delete them (scripts/regen-migrations.sh).
            migrationBuilder.Sql("CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry BEGIN SELECT RAISE(ABORT, 'audit rows are append-only'); END;");
            migrationBuilder.Sql("CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry BEGIN SELECT RAISE(ABORT, 'audit rows are append-only'); END;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_entry_no_update;");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS audit_entry_no_delete;");
            migrationBuilder.DropTable(
                name: "api_token");

            migrationBuilder.DropTable(
                name: "app_role_claim");

            migrationBuilder.DropTable(
                name: "app_user_claim");

            migrationBuilder.DropTable(
                name: "app_user_login");

            migrationBuilder.DropTable(
                name: "app_user_role");

            migrationBuilder.DropTable(
                name: "app_user_token");

            migrationBuilder.DropTable(
                name: "audit_entry");

            migrationBuilder.DropTable(
                name: "batch_scope");

            migrationBuilder.DropTable(
                name: "btki_line");

            migrationBuilder.DropTable(
                name: "business_assessment");

            migrationBuilder.DropTable(
                name: "business_certification");

            migrationBuilder.DropTable(
                name: "business_export");

            migrationBuilder.DropTable(
                name: "business_participation");

            migrationBuilder.DropTable(
                name: "business_product_photo");

            migrationBuilder.DropTable(
                name: "country");

            migrationBuilder.DropTable(
                name: "country_group_member");

            migrationBuilder.DropTable(
                name: "country_reference");

            migrationBuilder.DropTable(
                name: "data_protection_key");

            migrationBuilder.DropTable(
                name: "denied_request");

            migrationBuilder.DropTable(
                name: "fetch_log");

            migrationBuilder.DropTable(
                name: "hs_code");

            migrationBuilder.DropTable(
                name: "hs_end_use");

            migrationBuilder.DropTable(
                name: "hs_heading_name");

            migrationBuilder.DropTable(
                name: "hs_label");

            migrationBuilder.DropTable(
                name: "hs_nomenclature");

            migrationBuilder.DropTable(
                name: "hs_sector");

            migrationBuilder.DropTable(
                name: "import_batch");

            migrationBuilder.DropTable(
                name: "inquiry_event");

            migrationBuilder.DropTable(
                name: "mail_outbox");

            migrationBuilder.DropTable(
                name: "market_requirement");

            migrationBuilder.DropTable(
                name: "month_country_total");

            migrationBuilder.DropTable(
                name: "month_total");

            migrationBuilder.DropTable(
                name: "national_detail");

            migrationBuilder.DropTable(
                name: "port");

            migrationBuilder.DropTable(
                name: "port_province");

            migrationBuilder.DropTable(
                name: "program_attendance");

            migrationBuilder.DropTable(
                name: "reference_load");

            migrationBuilder.DropTable(
                name: "release_date");

            migrationBuilder.DropTable(
                name: "report_version");

            migrationBuilder.DropTable(
                name: "scope_country_total");

            migrationBuilder.DropTable(
                name: "scope_port_total");

            migrationBuilder.DropTable(
                name: "security_version");

            migrationBuilder.DropTable(
                name: "totp_step");

            migrationBuilder.DropTable(
                name: "trade_agreement");

            migrationBuilder.DropTable(
                name: "trade_fact");

            migrationBuilder.DropTable(
                name: "user_session");

            migrationBuilder.DropTable(
                name: "world_export");

            migrationBuilder.DropTable(
                name: "world_import");

            migrationBuilder.DropTable(
                name: "app_role");

            migrationBuilder.DropTable(
                name: "business_product");

            migrationBuilder.DropTable(
                name: "inquiry");

            migrationBuilder.DropTable(
                name: "program_enrolment");

            migrationBuilder.DropTable(
                name: "program_session");

            migrationBuilder.DropTable(
                name: "business");

            migrationBuilder.DropTable(
                name: "program");

            migrationBuilder.DropTable(
                name: "app_user");

            migrationBuilder.DropTable(
                name: "province");
        }
    }
}
