using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Scadenzario.Data.SecondoGrado;
using Scadenzario.Documenti.Upload;
using Scadenzario.Web.Features.SecondoGrado.Moduli;
using Scadenzario.Web.Infrastructure;

namespace Scadenzario.Web.Features.SecondoGrado;

/// <summary>
/// The count of the presidente's ballot in one fascia entered by a form, or of several by uploading the
/// command line's JSON; the service records every fascia sent in one transaction, and a second entry of a
/// fascia is a correction. Only in the provinciali.
/// </summary>
public sealed class PresidenteScrutinioModel(EnteAccess access, EnteDirectory directory, UfficioElettorale service, IClock clock)
    : UfficioPageModel(access, directory, service, clock)
{
    public const int RigheCandidati = 4;

    [BindProperty(SupportsGet = true, Name = "fascia")]
    public string? FasciaScelta { get; set; }

    [BindProperty(Name = ModuloScrutinioPresidente.Prefisso)]
    public ModuloScrutinioPresidente Modulo { get; set; } = new();

    [BindProperty]
    public IFormFile? Upload { get; set; }

    /// <summary>The fasce of the published electorate with their electors; empty before the publication.</summary>
    public IReadOnlyList<(string Fascia, int Elettori)> Fasce { get; private set; } = [];

    public List<string> ErroriFile { get; } = [];

    public string Presidente => $"/ufficio/{Ente}/tornate/{Tornata}/presidente";

    public bool Provinciali => Ufficio?.Consultation == "provinciali";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await CheckAccessAsync(act: false, cancellationToken) is { } denied)
        {
            return denied;
        }

        await LoadAsync(cancellationToken);
        Modulo.Fascia = FasciaScelta;
        Modulo.Elettori = Fasce.FirstOrDefault(f => f.Fascia == FasciaScelta) is { Fascia: not null } scelta ? scelta.Elettori.ToString(CultureInfo.InvariantCulture) : null;
        Righe(RigheCandidati);
        return Page();
    }

    /// <summary>More candidate rows, keeping what was typed; nothing is recorded.</summary>
    public async Task<IActionResult> OnPostRigheAsync(CancellationToken cancellationToken)
    {
        if (await CheckAccessAsync(act: true, cancellationToken) is { } denied)
        {
            return denied;
        }

        await LoadAsync(cancellationToken);
        Righe(Modulo.Candidati.Count + RigheCandidati);
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
        Righe(RigheCandidati);
        try
        {
            var testo = await ReadFileAsync(Upload, cancellationToken);
            if (!IsJson(Upload!, testo))
            {
                throw new FormatException("Per lo scrutinio del presidente si carica il file JSON d'importazione (una fascia o un elenco di fasce).");
            }

            return await RegistraAsync(InputJson.LeggiScrutinioPresidente(testo), _ => nameof(Upload), cancellationToken);
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
            var r = await Service.RecordScrutinioPresidente.HandleAsync(new(Ufficio.Id, fasce, Actor), cancellationToken);
            TempData["Esito"] = $"Scrutinio per il presidente registrato per le fasce {string.Join(", ", fasce.Select(f => f.Fascia))}."
                + (r.FasceMancanti.Count > 0 ? $" Mancano le fasce {string.Join(", ", r.FasceMancanti)}." : " Tutte le fasce sono registrate: si può proclamare il presidente.");
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

            Righe(Modulo.Candidati.Count);
            return Page();
        }
    }

    private void Righe(int candidati)
    {
        while (Modulo.Candidati.Count < candidati)
        {
            Modulo.Candidati.Add(new RigaVotiCandidato());
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (Ufficio is null || !Provinciali)
        {
            return;
        }

        var pubblicazione = await Service.GetUltimaPubblicazione.HandleAsync(new(Ufficio.Id), cancellationToken);
        Fasce = pubblicazione is null ? [] : [.. pubblicazione.Ponderazione.Fasce.Select(f => (f.Fascia.ToString(), f.Elettori))];
    }
}
