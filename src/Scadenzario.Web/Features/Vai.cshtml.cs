using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Scadenzario.Data.Model;
using Scadenzario.Web.Infrastructure;

namespace Scadenzario.Web.Features;

/// <summary>
/// From what a form asks for an ente to that ente's page: a comune by ISTAT code or by name, a
/// province by sigla or by name. A name that matches one ente the user may see goes straight to it;
/// homonyms are listed with their province; enti the user may not see are never named.
/// </summary>
public sealed class VaiModel(EnteDirectory directory, EnteAccess access) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "ente")]
    public string? Ente { get; set; }

    [BindProperty(SupportsGet = true, Name = "provincia")]
    public string? Provincia { get; set; }

    /// <summary>What was searched, as typed.</summary>
    public string Searched { get; private set; } = "";

    /// <summary>Whether a comune (else a province) was searched.</summary>
    public bool ComuneSearched { get; private set; }

    /// <summary>The enti found, with their page; empty when none.</summary>
    public IReadOnlyList<(EnteInfo Ente, string Href)> Found { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var ente = Ente?.Trim();
        var provincia = Provincia?.Trim();
        if (ente is { Length: 6 } && ente.All(char.IsAsciiDigit))
        {
            return Redirect($"/enti/{ente}/oggi");
        }

        if (string.IsNullOrEmpty(ente) && provincia is { Length: 2 } && provincia.All(char.IsAsciiLetter))
        {
            return Redirect($"/prefettura/{provincia.ToUpperInvariant()}");
        }

        ComuneSearched = !string.IsNullOrEmpty(ente);
        Searched = (ComuneSearched ? ente : provincia) ?? "";
        if (Searched.Length == 0)
        {
            return Page();
        }

        var found = new List<(EnteInfo, string)>();
        foreach (var candidate in await directory.SearchAsync(Searched, cancellationToken))
        {
            if (ComuneSearched && candidate.Kind == EnteKinds.Comune && await access.CanSeeAsync(User, candidate.Code, cancellationToken))
            {
                found.Add((candidate, $"/enti/{candidate.Code}/oggi"));
            }
            else if (!ComuneSearched && candidate.Kind != EnteKinds.Comune && await access.CanSeeProvinceAsync(User, candidate.Code, cancellationToken))
            {
                found.Add((candidate, $"/prefettura/{candidate.Code}"));
            }
        }

        Found = found;
        return found.Count == 1 ? Redirect(found[0].Item2) : Page();
    }
}
