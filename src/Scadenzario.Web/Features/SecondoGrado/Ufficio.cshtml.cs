using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Scadenzario.Data.SecondoGrado;
using Scadenzario.Web.Infrastructure;
using Scadenzario.Documenti.Upload;

namespace Scadenzario.Web.Features.SecondoGrado;

/// <summary>
/// The office's overview for a tornata: which comuni have sent the attestation and when, the counts, and
/// the forms to open the office, record an attestation and record a change of the electorate.
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

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? Testo { get; set; }

    [BindProperty]
    public VariazioneForm Variazione { get; set; } = new();

    public sealed class VariazioneForm
    {
        public string? Comune { get; set; }

        public string? Giorno { get; set; }

        public string Tipo { get; set; } = "cessazione";

        public string? Motivo { get; set; }

        public long? Amministratore { get; set; }

        public string? Nome { get; set; }

        public string? Sesso { get; set; }

        public string? Nascita { get; set; }
    }

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
                + $"attestazioni dei segretari dal {Display.Date(aperto.InizioAttestazioni)} al {Display.Date(aperto.FineAttestazioni)}.";
            return RedirectToPage(new { ente = Ente, tornata = Tornata });
        }
        catch (Data.DomainException e)
        {
            ModelState.AddModelError("", e.Message);
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAttestazioneAsync(CancellationToken cancellationToken)
    {
        if (await CheckAccessAsync(act: true, cancellationToken) is { } denied)
        {
            return denied;
        }

        var stato = await TryAsync(async ufficio =>
        {
            var dati = InputJson.LeggiAttestazione(await ReadInputAsync(Upload, Testo, cancellationToken));
            return await Service.RecordAttestazione.HandleAsync(new(ufficio.Id, dati.Comune, dati.Amministratori, dati.Commissariato, Actor, dati.Protocollo), cancellationToken);
        });
        if (stato is not null)
        {
            TempData["Esito"] = stato.Commissariato
                ? $"Attestazione del comune di {stato.Name} registrata: consiglio sciolto, nessun avente diritto."
                : $"Attestazione del comune di {stato.Name} registrata: {stato.Elettori} aventi diritto (fascia {stato.Fascia}).";
            return RedirectToPage(new { ente = Ente, tornata = Tornata });
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

        var id = await TryAsync(async ufficio =>
        {
            var variazione = Leggi(Variazione);
            return (object)(await Service.RecordVariazione.HandleAsync(new(ufficio.Id, variazione, Actor), cancellationToken)).Id;
        });
        if (id is not null)
        {
            TempData["Esito"] = $"Variazione n. {id} registrata.";
            return RedirectToPage(new { ente = Ente, tornata = Tornata });
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public static string TipoLabel(string tipo) => tipo switch
    {
        "cessazione" => "Cessazione dalla carica",
        "subentro" => "Subentro (surroga)",
        "commissariamento" => "Scioglimento del consiglio (commissariamento)",
        _ => tipo,
    };

    private static VariazioneInput Leggi(VariazioneForm form)
    {
        if (string.IsNullOrWhiteSpace(form.Comune))
        {
            throw new FormatException("Indicare il comune della variazione.");
        }

        var giorno = InputJson.Giorno(form.Giorno ?? "", "Giorno della variazione");
        var tipo = form.Tipo switch
        {
            "cessazione" => TipoVariazione.Cessazione,
            "subentro" => TipoVariazione.Subentro,
            "commissariamento" => TipoVariazione.Commissariamento,
            _ => throw new FormatException("Tipo di variazione non valido."),
        };
        if (tipo == TipoVariazione.Cessazione && form.Amministratore is null)
        {
            throw new FormatException("Per una cessazione indicare l'identificativo dell'amministratore (elenco degli amministratori del comune).");
        }

        AmministratoreInput? subentrante = null;
        if (tipo == TipoVariazione.Subentro)
        {
            var sesso = form.Sesso switch
            {
                "M" => Elezioni.Sesso.M,
                "F" => Elezioni.Sesso.F,
                _ => throw new FormatException("Per un subentro indicare il sesso del consigliere subentrante."),
            };
            subentrante = new AmministratoreInput(
                string.IsNullOrWhiteSpace(form.Nome) ? throw new FormatException("Per un subentro indicare nome e cognome del consigliere subentrante.") : form.Nome.Trim(),
                sesso, InputJson.Giorno(form.Nascita ?? "", "Data di nascita del subentrante"), Cariche.Consigliere);
        }

        return new VariazioneInput(form.Comune, giorno, tipo, form.Motivo ?? "", tipo == TipoVariazione.Cessazione ? form.Amministratore : null, subentrante);
    }

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
