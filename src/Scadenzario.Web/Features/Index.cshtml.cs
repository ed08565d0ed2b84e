using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Scadenzario.Web.Infrastructure;

namespace Scadenzario.Web.Features;

/// <summary>The home page sends each user to where they work; the amministratore chooses.</summary>
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet()
    {
        var ente = EnteAccess.EnteOf(User);
        if (User.IsInRole(Roles.Prefettura) && ente is not null)
        {
            return Redirect($"/prefettura/{ente}");
        }

        if (!EnteAccess.IsAdmin(User) && ente is not null)
        {
            return Redirect($"/enti/{ente}/oggi");
        }

        return EnteAccess.IsAdmin(User) ? Page() : Forbid();
    }
}
