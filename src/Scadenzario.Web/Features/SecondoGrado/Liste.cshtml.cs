using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Scadenzario.Data.SecondoGrado;
using Scadenzario.Web.Infrastructure;
using Scadenzario.Documenti.Upload;

namespace Scadenzario.Web.Features.SecondoGrado;

/// <summary>The lists: upload one as the CLI's <c>liste aggiungi</c> file, then examine them all and read the report.</summary>
public sealed class ListeModel(EnteAccess access, EnteDirectory directory, UfficioElettorale service, IClock clock)
    : UfficioPageModel(access, directory, service, clock)
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? Testo { get; set; }

    /// <summary>The report of the examination just run; the examination is an act, so it is shown when made.</summary>
    public RapportoAmmissione? Rapporto { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await CheckAccessAsync(act: false, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAggiungiAsync(CancellationToken cancellationToken)
    {
        if (await CheckAccessAsync(act: true, cancellationToken) is { } denied)
        {
            return denied;
        }

        var r = await TryAsync(async ufficio =>
            await Service.AddLista.HandleAsync(new(ufficio.Id, InputJson.LeggiLista(await ReadInputAsync(Upload, Testo, cancellationToken)), Actor), cancellationToken));
        if (r is null)
        {
            return Page();
        }

        var avviso = r.CandidatiNonElettori + r.SottoscrittoriNonElettori > 0
            ? $" Attenzione: {r.CandidatiNonElettori} candidati e {r.SottoscrittoriNonElettori} sottoscrittori non corrispondono ad alcun avente diritto."
            : "";
        TempData["Esito"] = $"Lista \"{r.Nome}\" registrata (n. {r.Id}): {r.Candidati} candidati, {r.Sottoscrizioni} sottoscrizioni.{avviso}";
        return RedirectToPage(new { ente = Ente, tornata = Tornata });
    }

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
