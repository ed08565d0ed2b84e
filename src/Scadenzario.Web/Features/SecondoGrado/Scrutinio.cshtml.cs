using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Scadenzario.Data.SecondoGrado;
using Scadenzario.Elezioni.Scrutinio;
using Scadenzario.Web.Infrastructure;

namespace Scadenzario.Web.Features.SecondoGrado;

/// <summary>The way to the count's form (ScrutinioFascia), the proclamation and its results.</summary>
public sealed class ScrutinioModel(EnteAccess access, EnteDirectory directory, UfficioElettorale service, IClock clock)
    : UfficioPageModel(access, directory, service, clock)
{
    /// <summary>The outcome of a draw already held, as names separated by commas; the first among the tied wins.</summary>
    [BindProperty]
    public string? Sorteggio { get; set; }

    public Proclamato? Proclamato { get; private set; }

    /// <summary>The office's line of the observatory: after the proclamation, voters, turnout and the elected.</summary>
    public RigaOsservatorio? Riga { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await CheckAccessAsync(act: false, cancellationToken) is { } denied)
        {
            return denied;
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostProclamaAsync(CancellationToken cancellationToken)
    {
        if (await CheckAccessAsync(act: true, cancellationToken) is { } denied)
        {
            return denied;
        }

        var sorteggio = Sorteggio?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) is { Length: > 0 } nomi ? nomi : null;
        Proclamato = await TryAsync(ufficio => Service.ProclaimEletti.HandleAsync(new(ufficio.Id, Actor, sorteggio), cancellationToken));
        await LoadAsync(cancellationToken);
        return Page();
    }

    public static string Criterio(CriterioPosizione criterio) => criterio switch
    {
        CriterioPosizione.CifraIndividuale => "cifra individuale ponderata",
        CriterioPosizione.SessoMenoRappresentato => "parità: sesso meno rappresentato",
        CriterioPosizione.PiuGiovane => "parità: il più giovane",
        CriterioPosizione.Sorteggio => "parità: sorteggio",
        _ => criterio.ToString(),
    };

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (Ufficio is null)
        {
            return;
        }

        var osservatorio = await Service.GetOsservatorio.HandleAsync(new(Tornata), cancellationToken);
        Riga = osservatorio.Province.FirstOrDefault(r => r.Ente == Ente);
    }
}
