using System.Text;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Scadenzario.Data.SecondoGrado;
using Scadenzario.Documenti.Upload;
using Scadenzario.Web.Features.SecondoGrado.Moduli;
using Scadenzario.Web.Infrastructure;

namespace Scadenzario.Web.Features.SecondoGrado;

/// <summary>
/// A list entered by a form (one row per seat for the candidates, rows for the signatures, more on request)
/// or by uploading a CSV or the command line's JSON; the service records it in one transaction.
/// </summary>
public sealed class NuovaListaModel(EnteAccess access, EnteDirectory directory, UfficioElettorale service, IClock clock)
    : UfficioPageModel(access, directory, service, clock)
{
    /// <summary>Rows added by "Aggiungi righe", without JavaScript.</summary>
    public const int RigheAggiunte = 5;

    [BindProperty(Name = ModuloLista.Prefisso)]
    public ModuloLista Modulo { get; set; } = new();

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? NomeFile { get; set; }

    public IReadOnlyList<StatoComune> Comuni { get; private set; } = [];

    public int MinimoFirme { get; private set; }

    public int MassimoRighe => ModuloLista.MassimoSottoscrizioni(Ufficio?.Seggi ?? 0);

    public List<string> ErroriFile { get; } = [];

    public string Liste => $"/ufficio/{Ente}/tornate/{Tornata}/liste";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await CheckAccessAsync(act: false, cancellationToken) is { } denied)
        {
            return denied;
        }

        await LoadAsync(cancellationToken);
        Righe(Math.Clamp(MinimoFirme, RigheAggiunte, MassimoRighe));
        return Page();
    }

    public async Task<IActionResult> OnGetModelloAsync(CancellationToken cancellationToken) =>
        await CheckAccessAsync(act: false, cancellationToken)
            ?? File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(ListaCsv.Modello + "\n")).ToArray(), "text/csv; charset=utf-8", "lista-modello.csv");

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
        Righe(Modulo.Sottoscrizioni.Count);
        var lista = Modulo.Leggi(ModelState);
        return lista is null ? Page() : await RegistraAsync(lista, Modulo.Campo, cancellationToken);
    }

    public async Task<IActionResult> OnPostCaricaAsync(CancellationToken cancellationToken)
    {
        if (await CheckAccessAsync(act: true, cancellationToken) is { } denied)
        {
            return denied;
        }

        await LoadAsync(cancellationToken);
        Righe(Math.Clamp(MinimoFirme, RigheAggiunte, MassimoRighe));
        try
        {
            var testo = await ReadFileAsync(Upload, cancellationToken);
            var lista = IsJson(Upload!, testo) ? InputJson.LeggiLista(testo) : ListaCsv.Leggi(NomeFile ?? "", testo, ErroriFile);
            return lista is null ? Page() : await RegistraAsync(lista, _ => nameof(Upload), cancellationToken);
        }
        catch (FormatException e)
        {
            ErroriFile.Add(e.Message);
            return Page();
        }
    }

    /// <summary>The one call into the service for this form; a refusal goes on the field it concerns.</summary>
    private async Task<IActionResult> RegistraAsync(ListaInput lista, Func<string, string> campo, CancellationToken cancellationToken)
    {
        if (Ufficio is null)
        {
            return Page();
        }

        try
        {
            var r = await Service.AddLista.HandleAsync(new(Ufficio.Id, lista, Actor), cancellationToken);
            var avviso = r.CandidatiNonElettori + r.SottoscrittoriNonElettori > 0
                ? $" Attenzione: {r.CandidatiNonElettori} candidati e {r.SottoscrittoriNonElettori} sottoscrittori non corrispondono ad alcun avente diritto."
                : "";
            TempData["Esito"] = $"Lista «{r.Nome}» registrata (n. {r.Id}): {r.Candidati} candidati, {r.Sottoscrizioni} sottoscrizioni.{avviso}";
            return Redirect(Liste);
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

    /// <summary>One candidate row per seat, and <paramref name="sottoscrizioni"/> signature rows, keeping what was posted.</summary>
    private void Righe(int sottoscrizioni)
    {
        var seggi = Ufficio?.Seggi ?? 0;
        while (Modulo.Candidati.Count < seggi)
        {
            Modulo.Candidati.Add(new RigaCandidato());
        }

        while (Modulo.Sottoscrizioni.Count < sottoscrizioni)
        {
            Modulo.Sottoscrizioni.Add(new RigaSottoscrizione());
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (Ufficio is null)
        {
            return;
        }

        Comuni = (await Service.GetStatoElettorato.HandleAsync(new(Ufficio.Id), cancellationToken)).Comuni;
        MinimoFirme = (await Service.GetUltimaPubblicazione.HandleAsync(new(Ufficio.Id), cancellationToken))?.MinimoFirmeLista ?? RigheAggiunte;
    }
}
