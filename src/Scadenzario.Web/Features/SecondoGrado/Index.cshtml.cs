using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Scadenzario.Web.Features.Adempimenti;
using Scadenzario.Web.Infrastructure;

namespace Scadenzario.Web.Features.SecondoGrado;

/// <summary>The office's entry page: the tornate in which the ente holds a second-level election.</summary>
public sealed class IndexModel(EnteAccess access, EnteDirectory directory, CronoprogrammaQuery query) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "ente")]
    public string Ente { get; set; } = "";

    public string EnteName { get; private set; } = "";

    public IReadOnlyList<TornataOfEnte> Tornate { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await access.CanSeeUfficioAsync(User, Ente, cancellationToken))
        {
            return Forbid();
        }

        EnteName = (await directory.FindAsync(Ente, cancellationToken))!.Name;
        Tornate = [.. (await query.TornateAsync(Ente, cancellationToken)).Where(t => t.Consultations.Any(c => c is Calendars.Rules.ConsultationType.Metropolitane or Calendars.Rules.ConsultationType.Provinciali))];
        return Page();
    }
}
