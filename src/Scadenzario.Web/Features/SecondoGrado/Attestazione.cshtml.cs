using System.Text;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Scadenzario.Data.SecondoGrado;
using Scadenzario.Documenti.Upload;
using Scadenzario.Web.Features.SecondoGrado.Moduli;
using Scadenzario.Web.Infrastructure;

namespace Scadenzario.Web.Features.SecondoGrado;

/// <summary>
/// The attestation of one comune, entered by a form (the sindaco, one row per seat of the council) or by
/// uploading a CSV or the command line's JSON. One attestation per request: the service writes it in one
/// transaction, so a refused one leaves nothing behind.
/// </summary>
public sealed class AttestazioneModel(EnteAccess access, EnteDirectory directory, UfficioElettorale service, IClock clock)
    : UfficioPageModel(access, directory, service, clock)
{
    [BindProperty(SupportsGet = true, Name = "comune")]
    public string? Comune { get; set; }

    [BindProperty(Name = ModuloAttestazione.Prefisso)]
    public ModuloAttestazione Modulo { get; set; } = new();

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? ProtocolloFile { get; set; }

    /// <summary>The comuni of the territory; the chosen one, when it is one of them.</summary>
    public IReadOnlyList<StatoComune> Comuni { get; private set; } = [];

    public StatoComune? Scelto { get; private set; }

    /// <summary>The problems of an uploaded file, each with its row and column; nothing was written.</summary>
    public List<string> ErroriFile { get; } = [];

    public string Overview => $"/ufficio/{Ente}/tornate/{Tornata}";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await CheckAccessAsync(act: false, cancellationToken) is { } denied)
        {
            return denied;
        }

        await LoadAsync(cancellationToken);
        if (Scelto is { } comune)
        {
            // One row per seat: the law fixes the council's size (the service refuses more).
            Modulo.Consiglieri = [.. Enumerable.Range(0, Math.Max(comune.ElettoriStimati - 1, 0)).Select(_ => new RigaPersona())];
        }

        return Page();
    }

    public async Task<IActionResult> OnGetModelloAsync(CancellationToken cancellationToken) =>
        await CheckAccessAsync(act: false, cancellationToken)
            ?? File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(AttestazioneCsv.Modello + "\n")).ToArray(), "text/csv; charset=utf-8", "attestazione-modello.csv");

    public async Task<IActionResult> OnPostRegistraAsync(CancellationToken cancellationToken)
    {
        if (await CheckAccessAsync(act: true, cancellationToken) is { } denied)
        {
            return denied;
        }

        await LoadAsync(cancellationToken);
        var amministratori = Modulo.Leggi(ModelState);
        if (amministratori is null || Scelto is null)
        {
            return Page();
        }

        return await RegistraAsync(amministratori, Modulo.Commissariato, Modulo.Protocollo, Modulo.Campo, cancellationToken);
    }

    public async Task<IActionResult> OnPostCaricaAsync(CancellationToken cancellationToken)
    {
        if (await CheckAccessAsync(act: true, cancellationToken) is { } denied)
        {
            return denied;
        }

        await LoadAsync(cancellationToken);
        Modulo.Consiglieri = [.. Enumerable.Range(0, Math.Max((Scelto?.ElettoriStimati ?? 1) - 1, 0)).Select(_ => new RigaPersona())];
        if (Scelto is null)
        {
            return Page();
        }

        try
        {
            var testo = await ReadFileAsync(Upload, cancellationToken);
            if (IsJson(Upload!, testo))
            {
                var dati = InputJson.LeggiAttestazione(testo);
                if (!string.Equals(dati.Comune.Trim(), Scelto.Code, StringComparison.Ordinal) && !string.Equals(dati.Comune.Trim(), Scelto.Name, StringComparison.OrdinalIgnoreCase))
                {
                    ErroriFile.Add($"Il file riguarda il comune «{dati.Comune}», non {Scelto.Name}: caricarlo dalla pagina di quel comune.");
                    return Page();
                }

                return await RegistraAsync(dati.Amministratori, dati.Commissariato, dati.Protocollo, _ => nameof(Upload), cancellationToken);
            }

            var amministratori = AttestazioneCsv.Leggi(testo, ErroriFile);
            return amministratori is null
                ? Page()
                : await RegistraAsync(amministratori, commissariato: false, ProtocolloFile, _ => nameof(Upload), cancellationToken);
        }
        catch (FormatException e)
        {
            ErroriFile.Add(e.Message);
            return Page();
        }
    }

    /// <summary>The one call into the service for this form; a refusal goes on the field it concerns.</summary>
    private async Task<IActionResult> RegistraAsync(
        IReadOnlyList<AmministratoreInput> amministratori, bool commissariato, string? protocollo, Func<string, string> campo, CancellationToken cancellationToken)
    {
        try
        {
            var stato = await Service.RecordAttestazione.HandleAsync(new(Ufficio!.Id, Scelto!.Code, amministratori, commissariato, Actor, protocollo), cancellationToken);
            TempData["Esito"] = stato.Commissariato
                ? $"Attestazione del comune di {stato.Name} registrata: consiglio sciolto, nessun avente diritto."
                : $"Attestazione del comune di {stato.Name} registrata: {stato.Elettori} aventi diritto (fascia {stato.Fascia}).";
            return Redirect(Overview);
        }
        catch (Data.DomainException e)
        {
            var chiave = campo(e.Message);
            if (chiave == nameof(Upload))
            {
                ErroriFile.Add(e.Message);
            }
            else
            {
                ModelState.AddModelError(chiave, e.Message);
            }

            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (Ufficio is null)
        {
            return;
        }

        Comuni = (await Service.GetStatoElettorato.HandleAsync(new(Ufficio.Id), cancellationToken)).Comuni;
        Scelto = Comuni.FirstOrDefault(c => c.Code == Comune);
    }
}
