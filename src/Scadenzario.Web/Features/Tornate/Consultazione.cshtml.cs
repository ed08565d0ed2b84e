using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Npgsql;
using Scadenzario.Calendars;
using Scadenzario.Calendars.Derivation;
using Scadenzario.Calendars.Regions;
using Scadenzario.Calendars.Rules;
using Scadenzario.Data;
using Scadenzario.Data.Limits;
using Scadenzario.Data.Model;
using Scadenzario.Data.Tornate;
using Scadenzario.Web.Infrastructure;

namespace Scadenzario.Web.Features.Tornate;

/// <summary>
/// Adds a consultation to a tornata for the enti chosen (`tornata add-consultation`): all of them, a
/// region, a province, an uploaded file in the CLI's format (<see cref="EntiSelection.FromLines"/>) or
/// the comuni found by name. Which enti a consultation admits, the region of the regionali and the
/// combinations the law allows are <see cref="TornataService"/>'s; the page only reads the form.
/// </summary>
public sealed class ConsultazioneModel(TornataService service, EnteDirectory directory, NpgsqlDataSource dataSource, CalendarSet calendars, IClock clock)
    : TornataFormModel(clock)
{
    /// <summary>How the enti are chosen: the form's radio values.</summary>
    public static readonly IReadOnlyList<(string Value, string Label)> Ways =
    [
        ("tutti", "Tutti gli enti che la consultazione ammette"),
        ("regione", "I comuni di una regione"),
        ("provincia", "Gli enti di una provincia"),
        ("file", "Un file di codici ISTAT"),
        ("ricerca", "I comuni cercati per nome"),
    ];

    /// <summary>The consultations a tornata may add (the comune's own acts and the ballottaggio follow from them).</summary>
    public static IReadOnlyList<ConsultationType> Types { get; } =
        [.. Enum.GetValues<ConsultationType>().Where(t => t is not (ConsultationType.Comune or ConsultationType.Ballottaggio))];

    [FromRoute]
    public long Id { get; set; }

    [BindProperty]
    public string? Consultazione { get; set; }

    /// <summary>The region that votes (regionali only).</summary>
    [BindProperty]
    public string? Regione { get; set; }

    [BindProperty]
    public string Selezione { get; set; } = "tutti";

    [BindProperty]
    public string? SelezioneRegione { get; set; }

    [BindProperty]
    public string? Provincia { get; set; }

    [BindProperty]
    public IFormFile? Elenco { get; set; }

    [BindProperty]
    public string? Ricerca { get; set; }

    /// <summary>The codes ticked among the search's results.</summary>
    [BindProperty]
    public List<string> Enti { get; set; } = [];

    public TornataOverview Tornata { get; private set; } = null!;

    public IReadOnlyList<EnteInfo> Found { get; private set; } = [];

    public IReadOnlyList<EnteInfo> Provinces { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    /// <summary>The search by name: shows the comuni found, to tick; nothing is written.</summary>
    public async Task<IActionResult> OnPostCercaAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Selezione = "ricerca";
        ModelState.Clear();
        await SearchAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        ModelState.Clear();
        ConsultationType? type = ConsultationTypes.TryParse(Consultazione ?? "", out var parsed) && Types.Contains(parsed) ? parsed : null;
        if (type is null)
        {
            ModelState.AddModelError(nameof(Consultazione), "Scegliere la consultazione.");
        }
        else if (VotingDaysPolicy.ConsultationProblem(type.Value, Tornata.VotingDays, VotingDaysAdvice.Form) is { } wrongDays)
        {
            ModelState.AddModelError(nameof(Consultazione), wrongDays);
        }

        var region = type == ConsultationType.Regionali ? ItalianRegions.Find(Regione ?? "") : null;
        if (type == ConsultationType.Regionali && region is null)
        {
            ModelState.AddModelError(nameof(Regione), "Per le elezioni regionali scegliere la regione che vota.");
        }

        var selection = await SelectionAsync(region, cancellationToken);
        if (!ModelState.IsValid || selection is null || type is null)
        {
            if (Selezione == "ricerca")
            {
                await SearchAsync(cancellationToken);
            }

            return Page();
        }

        try
        {
            var result = await service.AddConsultationAsync(Id, type.Value.Id(), selection with { Regione = region?.Code }, EnteAccess.ActorName(User), cancellationToken);
            return BackToTornata(Id, $"Consultazione aggiunta: {type.Value.Label()}, per {Display.Number(result.Enti)} enti. " +
                $"Adempimenti creati: {Display.Number(result.Created)}, aggiornati: {Display.Number(result.Changed)}, date spostate: {Display.Number(result.Moved)}.");
        }
        catch (DomainException e)
        {
            // The refusals left are about the enti chosen (outside the region, unknown codes, none found) or the combination of consultations.
            ModelState.AddModelError(nameof(Selezione), e.Message);
            if (Selezione == "ricerca")
            {
                await SearchAsync(cancellationToken);
            }

            return Page();
        }
    }

    /// <summary>The form's choice as the service's <see cref="EntiSelection"/>; null with the problem next to the field.</summary>
    private async Task<EntiSelection?> SelectionAsync(ItalianRegion? votingRegion, CancellationToken cancellationToken)
    {
        switch (Selezione)
        {
            case "tutti":
                return new EntiSelection("all", null, []);
            case "regione":
                // For the regionali the region that votes is the selection itself.
                var region = votingRegion ?? ItalianRegions.Find(SelezioneRegione ?? "");
                if (region is null)
                {
                    ModelState.AddModelError(nameof(SelezioneRegione), "Scegliere la regione.");
                    return null;
                }

                return new EntiSelection("region", region.Code, []);
            case "provincia":
                if (Provinces.All(p => p.Code != Provincia))
                {
                    ModelState.AddModelError(nameof(Provincia), "Scegliere la provincia.");
                    return null;
                }

                return new EntiSelection("province", Provincia, []);
            case "file":
                return await UploadedEnti.ReadAsync(Elenco, ModelState, nameof(Elenco), cancellationToken);
            case "ricerca":
                var codes = Enti.Where(c => !string.IsNullOrWhiteSpace(c)).Distinct().ToList();
                if (codes.Count == 0)
                {
                    ModelState.AddModelError(nameof(Ricerca), "Cercare i comuni per nome e spuntare quelli che partecipano.");
                    return null;
                }

                return new EntiSelection("file", "ricerca", codes);
            default:
                ModelState.AddModelError(nameof(Selezione), "Scegliere come indicare gli enti.");
                return null;
        }
    }

    private async Task SearchAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Ricerca))
        {
            ModelState.AddModelError(nameof(Ricerca), "Indicare il nome, o parte del nome, del comune.");
            return;
        }

        Found = [.. (await directory.SearchAsync(Ricerca, cancellationToken)).Where(e => e.Kind == EnteKinds.Comune)];
        if (Found.Count == 0)
        {
            ModelState.AddModelError(nameof(Ricerca), $"Nessun comune si chiama «{Ricerca.Trim()}»: controllare il nome.");
        }
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await TornataOverview.LoadAsync(dataSource, calendars, Id, cancellationToken) is not { } tornata)
        {
            return false;
        }

        Tornata = tornata;
        await using var db = ScadenzarioDb.Create(dataSource);
        // The provinces and metropolitan cities by their sigla: the comuni of a province carry it, and so does the ente itself.
        var provinces = await db.Enti.AsNoTracking().Where(e => e.Kind != EnteKinds.Comune && e.MergedInto == null)
            .Select(e => new EnteInfo(e.Code, e.Name, e.Kind, e.ProvinceCode)).ToListAsync(cancellationToken);
        Provinces = [.. provinces.OrderBy(e => e.Name, StringComparer.Create(new("it-IT"), false))];
        return true;
    }
}
