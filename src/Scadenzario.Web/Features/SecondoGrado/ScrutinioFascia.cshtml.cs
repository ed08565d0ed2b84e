using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Scadenzario.Data.SecondoGrado;
using Scadenzario.Documenti.Upload;
using Scadenzario.Web.Features.SecondoGrado.Moduli;
using Scadenzario.Web.Infrastructure;

namespace Scadenzario.Web.Features.SecondoGrado;

/// <summary>
/// The count of one fascia entered by a form, or of several by uploading a CSV or the command line's JSON;
/// the service records every fascia sent in one transaction, and a second entry of a fascia is a correction.
/// </summary>
public sealed class ScrutinioFasciaModel(EnteAccess access, EnteDirectory directory, UfficioElettorale service, IClock clock)
    : UfficioPageModel(access, directory, service, clock)
{
    public const int RigheListe = 3;

    public const int RighePreferenze = 5;

    [BindProperty(SupportsGet = true, Name = "fascia")]
    public string? FasciaScelta { get; set; }

    [BindProperty(Name = ModuloScrutinio.Prefisso)]
    public ModuloScrutinio Modulo { get; set; } = new();

    [BindProperty]
    public IFormFile? Upload { get; set; }

    /// <summary>The fasce of the published electorate with their electors; empty before the publication.</summary>
    public IReadOnlyList<(string Fascia, int Elettori)> Fasce { get; private set; } = [];

    public List<string> ErroriFile { get; } = [];

    public string Scrutinio => $"/ufficio/{Ente}/tornate/{Tornata}/scrutinio";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await CheckAccessAsync(act: false, cancellationToken) is { } denied)
        {
            return denied;
        }

        await LoadAsync(cancellationToken);
        Modulo.Fascia = FasciaScelta;
        Modulo.Elettori = Fasce.FirstOrDefault(f => f.Fascia == FasciaScelta) is { Fascia: not null } scelta ? scelta.Elettori.ToString(CultureInfo.InvariantCulture) : null;
        Righe(RigheListe, RighePreferenze);
        return Page();
    }

    public async Task<IActionResult> OnGetModelloAsync(CancellationToken cancellationToken) =>
        await CheckAccessAsync(act: false, cancellationToken)
            ?? File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(ScrutinioCsv.Modello + "\n")).ToArray(), "text/csv; charset=utf-8", "scrutinio-modello.csv");

    /// <summary>More rows for lists and preferences, keeping what was typed; nothing is recorded.</summary>
    public async Task<IActionResult> OnPostRigheAsync(CancellationToken cancellationToken)
    {
        if (await CheckAccessAsync(act: true, cancellationToken) is { } denied)
        {
            return denied;
        }

        await LoadAsync(cancellationToken);
        Righe(Modulo.Liste.Count + RigheListe, Modulo.Preferenze.Count + RighePreferenze);
        return Page();
    }

    public async Task<IActionResult> OnPostRegistraAsync(CancellationToken cancellationToken)
    {
        if (await CheckAccessAsync(act: true, cancellationToken) is { } denied)
        {
            return denied;
        }

        await LoadAsync(cancellationToken);
        var fascia = Modulo.Leggi(ModelState);
        return fascia is null ? Page() : await RegistraAsync([fascia], Modulo.Campo, cancellationToken);
    }

    public async Task<IActionResult> OnPostCaricaAsync(CancellationToken cancellationToken)
    {
        if (await CheckAccessAsync(act: true, cancellationToken) is { } denied)
        {
            return denied;
        }

        await LoadAsync(cancellationToken);
        Righe(RigheListe, RighePreferenze);
        try
        {
            var testo = await ReadFileAsync(Upload, cancellationToken);
            var fasce = IsJson(Upload!, testo) ? InputJson.LeggiScrutinio(testo) : ScrutinioCsv.Leggi(testo, ErroriFile);
            return fasce is null ? Page() : await RegistraAsync(fasce, _ => nameof(Upload), cancellationToken);
        }
        catch (FormatException e)
        {
            ErroriFile.Add(e.Message);
            return Page();
        }
    }

    /// <summary>The one call into the service for this form; a refusal goes on the field it concerns.</summary>
    private async Task<IActionResult> RegistraAsync(IReadOnlyList<ScrutinioInput> fasce, Func<string, string> campo, CancellationToken cancellationToken)
    {
        if (Ufficio is null)
        {
            return Page();
        }

        try
        {
            var registrati = await Service.RecordScrutinio.HandleAsync(new(Ufficio.Id, fasce, Actor), cancellationToken);
            var mancanti = registrati[^1].FasceMancanti;
            TempData["Esito"] = $"Scrutinio registrato per le fasce {string.Join(", ", registrati.Select(r => r.Versione > 1 ? $"{r.Fascia} (correzione n. {r.Versione - 1})" : r.Fascia.ToString()))}."
                + (mancanti.Count > 0 ? $" Mancano le fasce {string.Join(", ", mancanti)}." : " Tutte le fasce sono registrate: si può proclamare.");
            return Redirect(Scrutinio);
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

            Righe(Modulo.Liste.Count, Modulo.Preferenze.Count);
            return Page();
        }
    }

    private void Righe(int liste, int preferenze)
    {
        while (Modulo.Liste.Count < liste)
        {
            Modulo.Liste.Add(new RigaVotiLista());
        }

        while (Modulo.Preferenze.Count < preferenze)
        {
            Modulo.Preferenze.Add(new RigaPreferenza());
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (Ufficio is null)
        {
            return;
        }

        var pubblicazione = await Service.GetUltimaPubblicazione.HandleAsync(new(Ufficio.Id), cancellationToken);
        Fasce = pubblicazione is null ? [] : [.. pubblicazione.Ponderazione.Fasce.Select(f => (f.Fascia.ToString(), f.Elettori))];
    }
}
