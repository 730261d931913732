using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Neraca.Storage;
using Spectre.Console;

namespace Neraca.Cli;

/// <summary>
/// `neraca ports list|set`: the port→province table the office edits. A change applies to imports made after it
/// (facts keep the province they were imported with; re-import with --replace to re-attribute).
/// </summary>
internal static class PortsCommand
{
    private static readonly Argument<string> Port = new("port") { Description = "port name as BPS writes it, e.g. PANJANG" };
    private static readonly Argument<short> ProvinceCode = new("province") { Description = "BPS province code, e.g. 18" };
    private static readonly Option<DateOnly?> From = new("--from") { Description = "valid from (YYYY-MM-DD); default today" };
    private static readonly Option<string?> Note = new("--note") { Description = "why" };
    private static readonly Option<short?> Filter = new("--province") { Description = "only ports of this province" };

    public static Command Create()
    {
        var list = new Command("list", "List port→province assignments") { Filter };
        list.SetAction(ListAsync);
        var set = new Command("set", "Assign a port to a province from a date") { Port, ProvinceCode, From, Note };
        set.SetAction(SetAsync);
        return new Command("ports", "The editable port→province table") { list, set };
    }

    private static async Task<int> ListAsync(ParseResult result, CancellationToken ct)
    {
        await using var db = await CliOptions.OpenAsync(result, ct);
        var province = result.GetValue(Filter);
        var rows = await db.PortProvinces
            .Where(p => province == null || p.ProvinceCode == province)
            .OrderBy(p => p.PortName).ThenBy(p => p.ValidFrom)
            .ToListAsync(ct);
        var table = new Table().AddColumns("port", "province", "valid from", "note");
        foreach (var p in rows)
        {
            table.AddRow(Markup.Escape(p.PortName), p.ProvinceCode.ToString(CultureInfo.InvariantCulture),
                p.ValidFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Markup.Escape(p.Note ?? ""));
        }

        AnsiConsole.Write(table);
        return 0;
    }

    private static async Task<int> SetAsync(ParseResult result, CancellationToken ct)
    {
        var code = result.GetValue(ProvinceCode);
        if (!Common.ProvinceCode.IsProvinceCode(code))
        {
            await Console.Error.WriteLineAsync($"unknown province code {code.ToString(CultureInfo.InvariantCulture)}");
            return 2;
        }

        var name = result.GetValue(Port)!.Trim().ToUpperInvariant();
        var from = result.GetValue(From) ?? DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        await using var db = await CliOptions.OpenAsync(result, ct);
        var existing = await db.PortProvinces.SingleOrDefaultAsync(p => p.PortName == name && p.ValidFrom == from, ct);
        if (existing is null)
        {
            db.PortProvinces.Add(new PortProvince { PortName = name, ProvinceCode = code, ValidFrom = from, Note = result.GetValue(Note) });
        }
        else
        {
            existing.ProvinceCode = code;
            existing.Note = result.GetValue(Note) ?? existing.Note;
        }

        await db.SaveChangesAsync(ct);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name} → province {code} from {from:yyyy-MM-dd}"));
        return 0;
    }
}
