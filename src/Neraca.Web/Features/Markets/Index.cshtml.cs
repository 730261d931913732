using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Neraca.Common;
using Neraca.Markets;
using Neraca.Storage;
using Neraca.Trade;
using Neraca.Web.Features.Shared;

namespace Neraca.Web.Features.Markets;

/// <summary>`/markets`: candidate export markets for a product of a province, the score's parts side by side and as a bar chart.</summary>
[Authorize(Policy = AuthPolicies.Staff)]
public sealed class MarketsPageModel(NeracaDb db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Hs { get; set; } = "090111";

    [BindProperty(SupportsGet = true)]
    public string? Province { get; set; } = "18";

    [BindProperty(SupportsGet = true)]
    public string? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? N { get; set; } = "20";

    public string? Error { get; private set; }

    public MarketRanking? Ranking { get; private set; }

    public static IEnumerable<Province> ProvinceChoices => ProvinceCode.Choices(ProvinceKinds.Province);

    /// <summary>Points per part and market for the stacked bar chart, as JSON in a data attribute (no inline script).</summary>
    public string ChartJson(Func<string, string> partName) => JsonSerializer.Serialize(new
    {
        markets = Ranking?.Markets.Select(m => m.Label) ?? [],
        parts = MarketScore.Order.Select(p => new
        {
            name = partName(p),
            data = Ranking?.Markets.Select(m => m.Parts.First(x => x.Part == p).Points) ?? [],
        }),
    });

    public async Task OnGetAsync(CancellationToken ct)
    {
        try
        {
            // The latest year with world imports loaded, so the page opens on data.
            Year ??= (await db.WorldImports.AsNoTracking().Select(w => (short?)w.Year).MaxAsync(ct) ?? (short)(DateTime.UtcNow.Year - 1)).ToString(CultureInfo.InvariantCulture);
            var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
            Ranking = await new MarketAnalysis(db).RankAsync(Hs, Province, Parameters.Year(Year, "year", DateTime.UtcNow.Year - 1), Parameters.TopN(N, "n", MarketCalculator.MaxN, MarketCalculator.DefaultN), DateOnly.FromDateTime(DateTime.UtcNow), language, ct);
        }
        catch (TradeArgumentException ex)
        {
            Error = ex.ReasonFor(CultureInfo.CurrentUICulture);
        }
    }
}
