using System.Text;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Scadenzario.Data.SecondoGrado;
using Scadenzario.Documenti.Upload;
using Scadenzario.Web.Features.SecondoGrado.Moduli;
using Scadenzario.Web.Infrastructure;

namespace Scadenzario.Web.Features.SecondoGrado;

/// <summary>
/// A candidacy for presidente della provincia (L. 56/2014, art. 1, commi 60-61) entered by a form (the
/// candidate, rows for the signatures, more on request without JavaScript) or by uploading a CSV or the
/// command line's JSON; the service records it in one transaction. Only in the provinciali.
/// </summary>
public sealed class PresidenteCandidaturaModel(EnteAccess access, EnteDirectory directory, UfficioElettorale service, IClock clock)
    : UfficioPageModel(access, directory, service, clock)
{
    /// <summary>Rows added by "Aggiungi righe", without JavaScript.</summary>
    public const int RigheAggiunte = 5;

    [BindProperty(Name = ModuloCandidaturaPresidente.Prefisso)]
    public ModuloCandidaturaPresidente Modulo { get; set; } = new();

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public IReadOnlyList<StatoComune> Comuni { get; private set; } = [];

    public static int MassimoRighe => ModuloCandidaturaPresidente.MassimoSottoscrizioni;

    public List<string> ErroriFile { get; } = [];

    public string Presidente => $"/ufficio/{Ente}/tornate/{Tornata}/presidente";

    /// <summary>A città metropolitana elects no presidente (comma 19): the page says so instead of the form.</summary>
    public bool Provinciali => Ufficio?.Consultation == "provinciali";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await CheckAccessAsync(act: false, cancellationToken) is { } denied)
        {
            return denied;
        }

        await LoadAsync(cancellationToken);
        Righe(RigheAggiunte * 2);
        return Page();
    }

    public async Task<IActionResult> OnGetModelloAsync(CancellationToken cancellationToken) =>
        await CheckAccessAsync(act: false, cancellationToken)
            ?? File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(PresidenteCsv.Modello + "\n")).ToArray(), "text/csv; charset=utf-8", "candidatura-presidente-modello.csv");

    /// <summary>More signature rows, keeping what was typed; nothing is recorded.</summary>
    public async Task<IActionResult> OnPostRigheAsync(CancellationToken cancellationToken)
    {
        if (await CheckAccessAsync(act: true, cancellationToken) is { } denied)
        {
            return denied;
        }

        await LoadAsync(cancellationToken);
        Righe(Math.Min(Modulo.Sottoscrizioni.Count + RigheAggiunte, MassimoRighe));
        return Page();
    }

    public async Task<IActionResult> OnPostRegistraAsync(CancellationToken cancellationToken)
    {
        if (await CheckAccessAsync(act: true, cancellationToken) is { } denied)
        {
            return denied;
        }

        await LoadAsync(cancellationToken);
        var candidatura = Modulo.Leggi(ModelState);
        return candidatura is null ? Page() : await RegistraAsync(candidatura, Modulo.Campo, cancellationToken);
    }

    public async Task<IActionResult> OnPostCaricaAsync(CancellationToken cancellationToken)
    {
        if (await CheckAccessAsync(act: true, cancellationToken) is { } denied)
        {
            return denied;
        }

        await LoadAsync(cancellationToken);
        Righe(RigheAggiunte * 2);
        try
        {
            var testo = await ReadFileAsync(Upload, cancellationToken);
            var candidatura = IsJson(Upload!, testo) ? InputJson.LeggiCandidaturaPresidente(testo) : PresidenteCsv.Leggi(testo, ErroriFile);
            return candidatura is null ? Page() : await RegistraAsync(candidatura, _ => nameof(Upload), cancellationToken);
        }
        catch (FormatException e)
        {
            ErroriFile.Add(e.Message);
            return Page();
        }
    }

    /// <summary>The one call into the service for this form; a refusal goes on the field it concerns.</summary>
    private async Task<IActionResult> RegistraAsync(CandidaturaPresidenteInput candidatura, Func<string, string> campo, CancellationToken cancellationToken)
    {
        if (Ufficio is null)
        {
            return Page();
        }

        try
        {
            var r = await Service.AddCandidaturaPresidente.HandleAsync(new(Ufficio.Id, candidatura, Actor), cancellationToken);
            var avvisi = (r.SindacoInCarica ? "" : $" Attenzione: {r.Nome} non corrisponde ad alcun sindaco in carica del corpo elettorale.")
                + (r.SottoscrittoriNonElettori > 0 ? $" Attenzione: {r.SottoscrittoriNonElettori} sottoscrittori non corrispondono ad alcun avente diritto." : "");
            TempData["Esito"] = $"Candidatura a presidente di {r.Nome} ({r.Comune}) registrata (n. {r.Id}): {r.Sottoscrizioni} sottoscrizioni.{avvisi}";
            return Redirect(Presidente);
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

    private void Righe(int sottoscrizioni)
    {
        while (Modulo.Sottoscrizioni.Count < sottoscrizioni)
        {
            Modulo.Sottoscrizioni.Add(new RigaSottoscrizione());
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (Ufficio is null || !Provinciali)
        {
            return;
        }

        Comuni = (await Service.GetStatoElettorato.HandleAsync(new(Ufficio.Id), cancellationToken)).Comuni;
    }
}
