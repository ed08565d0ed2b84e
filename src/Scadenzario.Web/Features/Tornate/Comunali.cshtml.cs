using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Npgsql;
using Scadenzario.Calendars;
using Scadenzario.Calendars.Derivation;
using Scadenzario.Calendars.Rules;
using Scadenzario.Data;
using Scadenzario.Data.Model;
using Scadenzario.Data.Tornate;
using Scadenzario.Web.Infrastructure;

namespace Scadenzario.Web.Features.Tornate;

/// <summary>
/// The prefettura convenes the comunali of comuni of its own province in a tornata (the same use case
/// as `tornata add-consultation --consultation comunali`): all of them, a file of codes, or the comuni
/// found by name. Any comune of another province is refused here, before the service is asked.
/// </summary>
public sealed class ComunaliModel(TornataService service, EnteAccess access, EnteDirectory directory, NpgsqlDataSource dataSource, CalendarSet calendars) : PageModel
{
    public static readonly IReadOnlyList<(string Value, string Label)> Ways =
    [
        ("tutti", "Tutti i comuni della provincia"),
        ("file", "Un file di codici ISTAT"),
        ("ricerca", "I comuni cercati per nome"),
    ];

    [FromRoute]
    public string Provincia { get; set; } = "";

    [FromRoute]
    public long Id { get; set; }

    [BindProperty]
    public string Selezione { get; set; } = "ricerca";

    [BindProperty]
    public IFormFile? Elenco { get; set; }

    [BindProperty]
    public string? Ricerca { get; set; }

    [BindProperty]
    public List<string> Enti { get; set; } = [];

    public ProvinciaShown Province { get; private set; } = null!;

    public TornataOverview Tornata { get; private set; } = null!;

    public IReadOnlyList<EnteInfo> Found { get; private set; } = [];

    public string? ErrorFor(string field) =>
        ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostCercaAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        ModelState.Clear();
        Selezione = "ricerca";
        await SearchAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        ModelState.Clear();
        if (VotingDaysPolicy.ConsultationProblem(ConsultationType.Comunali, Tornata.VotingDays, VotingDaysAdvice.Form) is { } wrongDays)
        {
            ModelState.AddModelError(nameof(Selezione), wrongDays);
            return Page();
        }

        var selection = Selezione switch
        {
            "tutti" => new EntiSelection("province", Province.Code, []),
            "file" => await UploadedEnti.ReadAsync(Elenco, ModelState, nameof(Elenco), cancellationToken),
            _ => Ticked(),
        };
        if (selection is { Kind: "file" } && await OutsideAsync(selection.Codes, cancellationToken) is { Count: > 0 } outside)
        {
            ModelState.AddModelError(Selezione == "file" ? nameof(Elenco) : nameof(Ricerca),
                $"Non sono comuni della provincia di {Province.Name}: {string.Join(", ", outside.Take(10))}{(outside.Count > 10 ? $" e altri {outside.Count - 10}" : "")}. " +
                "La prefettura convoca i comizi dei soli comuni della sua provincia.");
        }

        if (!ModelState.IsValid || selection is null)
        {
            if (Selezione == "ricerca" && !string.IsNullOrWhiteSpace(Ricerca))
            {
                await SearchAsync(cancellationToken);
            }

            return Page();
        }

        try
        {
            var result = await service.AddConsultationAsync(Id, ConsultationType.Comunali.Id(), selection, EnteAccess.ActorName(User), cancellationToken);
            TempData["Esito"] = $"Comizi comunali convocati per {Display.Number(result.Enti)} comuni nella tornata «{Tornata.Name}»: adempimenti creati {Display.Number(result.Created)}, " +
                $"aggiornati {Display.Number(result.Changed)}.";
            return Redirect($"/prefettura/{Province.Code}/tornate");
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(nameof(Selezione), e.Message);
            return Page();
        }
    }

    private EntiSelection? Ticked()
    {
        var codes = Enti.Where(c => !string.IsNullOrWhiteSpace(c)).Distinct().ToList();
        if (codes.Count > 0)
        {
            return new EntiSelection("file", "ricerca", codes);
        }

        ModelState.AddModelError(nameof(Ricerca), "Cercare i comuni per nome e spuntare quelli che votano.");
        return null;
    }

    /// <summary>The codes that are not comuni of the province, as "CODE" or "Name (PROV)".</summary>
    private async Task<List<string>> OutsideAsync(IEnumerable<string> codes, CancellationToken cancellationToken)
    {
        var outside = new List<string>();
        foreach (var code in codes)
        {
            var ente = await directory.FindAsync(code, cancellationToken);
            if (ente is null || ente.Kind != EnteKinds.Comune || ente.ProvinceCode != Province.Code)
            {
                outside.Add(ente is null ? code : $"{ente.Name} ({ente.ProvinceCode ?? ente.Code})");
            }
        }

        return outside;
    }

    private async Task SearchAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Ricerca))
        {
            ModelState.AddModelError(nameof(Ricerca), "Indicare il nome, o parte del nome, del comune.");
            return;
        }

        Found = [.. (await directory.SearchAsync(Ricerca, cancellationToken)).Where(e => e.Kind == EnteKinds.Comune && e.ProvinceCode == Province.Code)];
        if (Found.Count == 0)
        {
            ModelState.AddModelError(nameof(Ricerca), $"Nessun comune della provincia di {Province.Name} si chiama «{Ricerca.Trim()}».");
        }
    }

    /// <summary>Null when the page may be shown; otherwise the refusal (403 for another province, 404 for no such tornata).</summary>
    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (await ProvinciaAccess.FindAsync(User, Provincia, access, dataSource, cancellationToken) is not { } province)
        {
            return Forbid();
        }

        if (province.SpecialStatute)
        {
            return Forbid();
        }

        if (await TornataOverview.LoadAsync(dataSource, calendars, Id, cancellationToken) is not { } tornata)
        {
            return NotFound();
        }

        (Province, Tornata) = (province, tornata);
        return null;
    }
}
