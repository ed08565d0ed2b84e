using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Scadenzario.Data.SecondoGrado;
using Scadenzario.Web.Infrastructure;

namespace Scadenzario.Web.Features.SecondoGrado;

/// <summary>The lists: the way to the form that records one (NuovaLista), the examination of them all and its report.</summary>
public sealed class ListeModel(EnteAccess access, EnteDirectory directory, UfficioElettorale service, IClock clock)
    : UfficioPageModel(access, directory, service, clock)
{
    /// <summary>The report of the examination just run; the examination is an act, so it is shown when made.</summary>
    public RapportoAmmissione? Rapporto { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await CheckAccessAsync(act: false, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostEsaminaAsync(CancellationToken cancellationToken)
    {
        if (await CheckAccessAsync(act: true, cancellationToken) is { } denied)
        {
            return denied;
        }

        Rapporto = await TryAsync(ufficio => Service.ExamineListe.HandleAsync(new(ufficio.Id, Actor), cancellationToken));
        return Page();
    }
}
