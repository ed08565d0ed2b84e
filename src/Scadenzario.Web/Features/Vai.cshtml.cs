using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Scadenzario.Web.Features;

/// <summary>The amministratore's shortcut from a code typed in a form to the page of that ente.</summary>
public sealed class VaiModel : PageModel
{
    public IActionResult OnGet(string? ente, string? provincia) =>
        ente is { Length: 6 } && ente.All(char.IsAsciiDigit) ? Redirect($"/enti/{ente}/oggi")
        : provincia is { Length: 2 } && provincia.All(char.IsAsciiLetter) ? Redirect($"/prefettura/{provincia.ToUpperInvariant()}")
        : Redirect("/");
}
