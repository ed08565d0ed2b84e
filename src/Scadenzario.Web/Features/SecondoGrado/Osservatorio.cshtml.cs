using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Scadenzario.Data.SecondoGrado;
using Scadenzario.Web.Infrastructure;

namespace Scadenzario.Web.Features.SecondoGrado;

/// <summary>The observatory of one città metropolitana or provincia: its office and prefettura, and the amministratore.</summary>
public sealed class OsservatorioModel(EnteAccess access, EnteDirectory directory, UfficioElettorale service) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "ente")]
    public string Ente { get; set; } = "";

    public string EnteName { get; private set; } = "";

    public Osservatorio Dati { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? formato, CancellationToken cancellationToken)
    {
        if (!await access.CanSeeUfficioAsync(User, Ente, cancellationToken))
        {
            return Forbid();
        }

        EnteName = (await directory.FindAsync(Ente, cancellationToken))!.Name;
        Dati = OsservatorioView.DiUnEnte(await service.GetOsservatorio.HandleAsync(new(null), cancellationToken), Ente);
        return OsservatorioView.Download(Dati, formato, $"osservatorio-{Ente}") ?? Page();
    }
}
