using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Scadenzario.Data.SecondoGrado;
using Scadenzario.Web.Infrastructure;

namespace Scadenzario.Web.Features.SecondoGrado;

/// <summary>The electorate at the 35th day: publish it, and read it as published, fascia by fascia.</summary>
public sealed class ElettoratoModel(EnteAccess access, EnteDirectory directory, UfficioElettorale service, IClock clock)
    : UfficioPageModel(access, directory, service, clock)
{
    public ElettoratoPubblicato? Pubblicazione { get; private set; }

    public int Mancanti { get; private set; }

    [BindProperty]
    public bool StimaMancanti { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await CheckAccessAsync(act: false, cancellationToken) is { } denied)
        {
            return denied;
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostPubblicaAsync(CancellationToken cancellationToken)
    {
        if (await CheckAccessAsync(act: true, cancellationToken) is { } denied)
        {
            return denied;
        }

        var pubblicato = await TryAsync(ufficio => Service.PublishElettorato.HandleAsync(new(ufficio.Id, Actor, StimaMancanti), cancellationToken));
        if (pubblicato is not null)
        {
            TempData["Esito"] = $"Corpo elettorale pubblicato: {pubblicato.Elettori} aventi diritto.";
            return RedirectToPage(new { ente = Ente, tornata = Tornata });
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (Ufficio is null)
        {
            return;
        }

        Pubblicazione = await Service.GetUltimaPubblicazione.HandleAsync(new(Ufficio.Id), cancellationToken);
        Mancanti = (await Service.GetStatoElettorato.HandleAsync(new(Ufficio.Id), cancellationToken)).Mancanti.Count();
    }

    public static string Limite(Elezioni.Ponderazione.LimiteApplicato limite) => limite switch
    {
        Elezioni.Ponderazione.LimiteApplicato.Comune45 => "comune oltre il 45% (lettera c)",
        Elezioni.Ponderazione.LimiteApplicato.Fascia35 => "fascia oltre il 35% (lettera d)",
        _ => "—",
    };
}
