using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Neraca.Accounts;
using Neraca.Storage;
using Neraca.Web.Features.Shared;

namespace Neraca.Web.Features.Admin;

/// <summary>`/admin/audit`: browse the audit trail (filter by actor, action, dates; 50 per page) and export it as CSV.</summary>
[Authorize(Policy = AuthPolicies.Admin)]
public sealed class AuditModel(NeracaDb db) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Actor { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Action { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    /// <summary>Every action in the trail, for the filter's choices.</summary>
    public IReadOnlyList<string> Actions { get; private set; } = [];

    /// <summary>Anonymous refused requests in the last 24 hours (counted, not audited one by one): total and addresses.</summary>
    public (int Requests, int Addresses) Refused { get; private set; }
    public int Total { get; private set; }
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var query = Filtered();
        Total = await query.CountAsync(ct);
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        Entries = await query.OrderByDescending(e => e.Id).Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        Actions = await db.AuditEntries.Select(e => e.Action).Distinct().OrderBy(a => a).ToListAsync(ct);
        var since = DateTime.UtcNow.AddDays(-1);
        var refused = await db.DeniedRequests.AsNoTracking().Where(d => d.MinuteUtc >= since).Select(d => new { d.Address, d.Requests }).ToListAsync(ct);
        Refused = (refused.Sum(r => r.Requests), refused.Select(r => r.Address).Distinct(StringComparer.Ordinal).Count());
    }

    /// <summary>Text key of an action's name (known actions are translated; others show their code).</summary>
    public static string ActionKey(string action) => "admin.audit.action." + action;

    /// <summary>`/admin/audit?handler=csv&amp;...`: every matching row, newest first.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var sb = new StringBuilder("id,at_utc,actor,action,entity,entity_id,before_json,after_json\n");
        await foreach (var e in Filtered().OrderByDescending(e => e.Id).AsAsyncEnumerable().WithCancellation(ct))
        {
            sb.AppendJoin(',', [
                e.Id.ToString(CultureInfo.InvariantCulture), e.AtUtc.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                Cell(e.Actor), Cell(e.Action), Cell(e.Entity), Cell(e.EntityId), Cell(e.BeforeJson), Cell(e.AfterJson)]).Append('\n');
        }

        return File(Encoding.UTF8.GetBytes(sb.ToString()), "text/csv; charset=utf-8", "neraca-audit.csv");
    }

    public string PageLink(int page) => Url.Page("/Admin/Audit", new { Actor, Action, From, To, p = page })!;

    public string CsvLink => Url.Page("/Admin/Audit", "Csv", new { Actor, Action, From, To })!;

    private IQueryable<AuditEntry> Filtered()
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(Actor))
        {
            var actor = Actor.Trim();
            query = query.Where(e => e.Actor.Contains(actor));
        }

        if (!string.IsNullOrWhiteSpace(Action))
        {
            var action = Action.Trim();
            query = query.Where(e => e.Action == action);
        }

        if (From is DateOnly from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(e => e.AtUtc >= start);
        }

        if (To is DateOnly to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(e => e.AtUtc < end);
        }

        return query;
    }

    /// <summary>A CSV cell, quoted; a leading = + - @ is neutralised so a spreadsheet never runs it as a formula.</summary>
    internal static string Cell(string? value)
    {
        if (value is null)
        {
            return "";
        }

        if (value.Length > 0 && "=+-@\t\r".Contains(value[0], StringComparison.Ordinal))
        {
            value = "'" + value;
        }

        return "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
