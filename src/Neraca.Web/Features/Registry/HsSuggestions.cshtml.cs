using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Neraca.Registry;
using Neraca.Storage;
using Neraca.Web.Features.Shared;

namespace Neraca.Web.Features.Registry;

/// <summary>`/registry/hs-suggestions?q=`: the product form's htmx suggestion list (list items, no layout).</summary>
[Authorize(Policy = AuthPolicies.Registry)]
public sealed class HsSuggestionsModel(NeracaDb db) : PageModel
{
    public IReadOnlyList<HsSuggestion> Rows { get; private set; } = [];
    public bool Searched { get; private set; }

    public async Task OnGetAsync(string? q, CancellationToken ct)
    {
        Searched = HsSuggestions.Words(q).Any(w => w.Length >= 3);
        Rows = await HsSuggestions.SearchAsync(db, q, 10, ct);
    }
}
