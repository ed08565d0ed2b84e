using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Scadenzario.Data.SecondoGrado;
using Scadenzario.Web.Features.SecondoGrado.Moduli;
using Scadenzario.Web.Infrastructure;

namespace Scadenzario.Web.Features.SecondoGrado;

/// <summary>
/// The office's overview for a tornata: which comuni have sent the attestation and when, the counts, and
/// the forms to open the office, reach the attestation's form, and record a change of the electorate.
/// </summary>
public sealed class UfficioModel(EnteAccess access, EnteDirectory directory, UfficioElettorale service, IClock clock)
    : UfficioPageModel(access, directory, service, clock)
{
    public StatoElettorato? Stato { get; private set; }

    /// <summary>The comune whose administrators are listed (for a cessazione), when asked.</summary>
    [BindProperty(SupportsGet = true, Name = "comune")]
    public string? Comune { get; set; }

    public IReadOnlyList<Amministratore> Amministratori { get; private set; } = [];

    [BindProperty]
    public int SeggiElettorali { get; set; } = 1;

    [BindProperty(Name = ModuloVariazione.Prefisso)]
    public ModuloVariazione Variazione { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await CheckAccessAsync(act: false, cancellationToken) is { } denied)
        {
            return denied;
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostApriAsync(CancellationToken cancellationToken)
    {
        if (await CheckAccessAsync(act: true, cancellationToken) is { } denied)
        {
            return denied;
        }

        try
        {
            var aperto = await Service.OpenUfficio.HandleAsync(new(Tornata, Ente, Actor, SeggiElettorali), cancellationToken);
            TempData["Esito"] = $"Ufficio elettorale aperto: {aperto.Comuni} comuni, {aperto.Ufficio.Seggi} consiglieri da eleggere; "
                + $"attestazioni dei segretari tra {Display.Date(aperto.InizioAttestazioni)} e {Display.Date(aperto.FineAttestazioni)}.";
            return RedirectToPage(new { ente = Ente, tornata = Tornata });
        }
        catch (Data.DomainException e)
        {
            ModelState.AddModelError("", e.Message);
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostVariazioneAsync(CancellationToken cancellationToken)
    {
        if (await CheckAccessAsync(act: true, cancellationToken) is { } denied)
        {
            return denied;
        }

        var variazione = Variazione.Leggi(ModelState);
        if (variazione is not null && Ufficio is not null)
        {
            try
            {
                var id = (await Service.RecordVariazione.HandleAsync(new(Ufficio.Id, variazione, Actor), cancellationToken)).Id;
                TempData["Esito"] = $"Variazione n. {id} registrata.";
                return RedirectToPage(new { ente = Ente, tornata = Tornata });
            }
            catch (Data.DomainException e)
            {
                ModelState.AddModelError(ModuloVariazione.Campo(e.Message), e.Message);
            }
        }
        else if (Ufficio is null)
        {
            ModelState.AddModelError("", NonAperto ?? "L'ufficio elettorale non è aperto per questa tornata.");
        }

        Comune ??= Variazione.Comune;
        await LoadAsync(cancellationToken);
        return Page();
    }

    /// <summary>The attestation's form, for one comune or (null) with the comune to choose.</summary>
    public string AttestazioneUrl(string? comune) => $"/ufficio/{Ente}/tornate/{Tornata}/attestazione" + (comune is null ? "" : $"?comune={comune}");

    public static string TipoLabel(string tipo) => tipo switch
    {
        "cessazione" => "Cessazione dalla carica",
        "subentro" => "Subentro (surroga)",
        "commissariamento" => "Scioglimento del consiglio (commissariamento)",
        _ => tipo,
    };

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (Ufficio is null)
        {
            return;
        }

        Stato = await Service.GetStatoElettorato.HandleAsync(new(Ufficio.Id), cancellationToken);
        if (Comune is { Length: > 0 } comune)
        {
            try
            {
                Amministratori = await Service.ListAmministratori.HandleAsync(new(Ufficio.Id, comune), cancellationToken);
            }
            catch (Data.DomainException e)
            {
                ModelState.AddModelError("", e.Message);
            }
        }
    }
}
