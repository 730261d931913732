using System.Security.Cryptography;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Neraca.Storage;
using Sylvan.Data.Csv;

namespace Neraca.Reference;

/// <summary>A problem in a reference file: data row number (the header is row 1) and column name.</summary>
public sealed record ReferenceLoadError(
    [property: JsonPropertyName("row")] int Row,
    [property: JsonPropertyName("column")] string Column,
    [property: JsonPropertyName("reason")] string Reason)
{
    public override string ToString() => $"row {Row}, column {Column}: {Reason}";
}

/// <summary>What a load did. Nothing is written unless <see cref="Loaded"/>.</summary>
public sealed record ReferenceLoadSummary
{
    [JsonPropertyName("file")] public string File { get; init; } = "";
    [JsonPropertyName("table")] public string? Table { get; init; }
    [JsonPropertyName("edition")] public short? Edition { get; init; }
    [JsonPropertyName("rows_read")] public int RowsRead { get; init; }
    [JsonPropertyName("rows_loaded")] public int RowsLoaded { get; init; }
    [JsonPropertyName("loaded")] public bool Loaded { get; init; }
    [JsonPropertyName("version")] public int? Version { get; init; }
    [JsonPropertyName("sha256")] public string Sha256 { get; init; } = "";
    [JsonPropertyName("errors")] public IReadOnlyList<ReferenceLoadError> Errors { get; init; } = [];
}

/// <summary>
/// Loads reference CSVs (docs/reference-files.md): the table is detected by the header, every row validated, and the
/// table's rows (of that edition) replaced in one transaction with a new <see cref="ReferenceLoad"/> as its version.
/// Any error rejects the whole file and changes nothing.
/// </summary>
public sealed class ReferenceLoader(NeracaDb db)
{
    public const short DefaultEdition = 2022;
    private const int MaxErrors = 100;

    /// <param name="year">The year of a file without a year column (the BACI world table of every HS6 product).</param>
    public async Task<ReferenceLoadSummary> LoadFileAsync(string path, string loadedBy, short edition = DefaultEdition, CancellationToken ct = default, short? year = null)
    {
        var bytes = await File.ReadAllBytesAsync(path, ct);
        return await LoadAsync(bytes, Path.GetFileName(path), loadedBy, edition, ct, year);
    }

    public async Task<ReferenceLoadSummary> LoadAsync(byte[] content, string fileName, string loadedBy, short edition = DefaultEdition, CancellationToken ct = default, short? year = null)
    {
        var options = new ReferenceOptions(edition, year);
        var sha = Convert.ToHexStringLower(SHA256.HashData(content));
        var summary = new ReferenceLoadSummary { File = fileName, Sha256 = sha };
        using var text = new StreamReader(new MemoryStream(content), detectEncodingFromByteOrderMarks: true);
        await using var csv = await CsvDataReader.CreateAsync(text, new CsvDataReaderOptions { HasHeaders = true }, ct);
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < csv.FieldCount; i++)
        {
            columns.TryAdd(csv.GetName(i).Trim(), i);
        }

        var table = Detect(columns, out var headerErrors);
        if (table is null)
        {
            return summary with { Errors = headerErrors };
        }

        if (table.Refusal is { } refusal)
        {
            return summary with { Table = table.Name, Errors = [new ReferenceLoadError(1, "", refusal)] };
        }

        if (table.NeedsYear && year is null)
        {
            return summary with { Table = table.Name, Errors = [new ReferenceLoadError(1, "year", $"the file has no year column: give the year of its values (--year) for table {table.Name}")] };
        }

        var errors = new List<ReferenceLoadError>();
        var rows = new List<object>();
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        var rowNumber = 1;
        while (await csv.ReadAsync(ct))
        {
            rowNumber++;
            var values = new string[csv.FieldCount];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = csv.GetString(i);
            }

            var before = errors.Count;
            var row = new ReferenceRow(columns, values, rowNumber, errors);
            var entity = table.Parse(row, options);
            if (errors.Count == before)
            {
                var key = table.Key(entity);
                if (keys.TryGetValue(key, out var first))
                {
                    row.Error(table.KeyColumn, $"duplicate key '{key}' (first at row {first})");
                }
                else
                {
                    keys[key] = rowNumber;
                    rows.Add(entity);
                }
            }

            if (errors.Count >= MaxErrors)
            {
                break;
            }
        }

        summary = summary with { Table = table.Name, Edition = edition, RowsRead = rowNumber - 1 };
        if (rows.Count == 0 && errors.Count == 0)
        {
            errors.Add(new ReferenceLoadError(1, "", "the file has no data rows"));
        }

        if (errors.Count > 0)
        {
            return summary with { Errors = errors };
        }

        if (table.Transform is not null)
        {
            rows = [.. table.Transform(rows)];
        }

        rows.AddRange(table.Derived?.Invoke(rows) ?? []);

        var version = await WriteAsync(table, rows, edition, fileName, sha, loadedBy, ct);
        return summary with { RowsLoaded = rows.Count, Loaded = true, Version = version };
    }

    private async Task<int> WriteAsync(ReferenceTable table, List<object> rows, short edition, string fileName, string sha, string loadedBy, CancellationToken ct)
    {
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            await table.Clear(db, edition, rows, ct);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            try
            {
                db.AddRange(rows);
                db.ReferenceLoads.Add(new ReferenceLoad
                {
                    Table = table.Name,
                    File = fileName,
                    Sha256 = sha,
                    Rows = rows.Count,
                    LoadedAtUtc = DateTime.UtcNow,
                    LoadedBy = loadedBy,
                });
                await db.SaveChangesAsync(ct);
            }
            finally
            {
                db.ChangeTracker.Clear();
                db.ChangeTracker.AutoDetectChangesEnabled = true;
            }

            var version = await db.ReferenceLoads.CountAsync(l => l.Table == table.Name, ct);
            await tx.CommitAsync(ct);
            return version;
        });
    }

    /// <summary>The table whose required columns are all present; else the closest one, with its missing columns as errors.</summary>
    private static ReferenceTable? Detect(Dictionary<string, int> columns, out List<ReferenceLoadError> errors)
    {
        errors = [];
        var ranked = ReferenceTable.All
            .Select(t => (Table: t, Missing: t.Columns.Where(c => !columns.ContainsKey(c)).ToList()))
            .OrderBy(x => x.Missing.Count)
            .ThenByDescending(x => x.Table.Columns.Length)
            .ToList();
        if (ranked[0].Missing.Count == 0)
        {
            return ranked[0].Table;
        }

        var closest = ranked[0];
        if (closest.Missing.Count < closest.Table.Columns.Length - 1)
        {
            errors.AddRange(closest.Missing.Select(c => new ReferenceLoadError(1, c, $"missing column for table {closest.Table.Name}")));
        }
        else
        {
            errors.Add(new ReferenceLoadError(1, "", "the header matches no reference table (see docs/reference-files.md)"));
        }

        return null;
    }
}
