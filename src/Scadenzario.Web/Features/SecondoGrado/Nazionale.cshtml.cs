using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Scadenzario.Data.SecondoGrado;
using Scadenzario.Web.Infrastructure;

namespace Scadenzario.Web.Features.SecondoGrado;

/// <summary>The national observatory: every office of every tornata, for the amministratore.</summary>
public sealed class NazionaleModel(UfficioElettorale service) : PageModel
{
    public Osservatorio Dati { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? formato, CancellationToken cancellationToken)
    {
        if (!EnteAccess.CanSeeNationalObservatory(User))
        {
            return Forbid();
        }

        Dati = await service.GetOsservatorio.HandleAsync(new(null), cancellationToken);
        return OsservatorioView.Download(Dati, formato, "osservatorio-nazionale") ?? Page();
    }
}
