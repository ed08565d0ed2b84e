using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using Scadenzario.Data.Adempimenti;
using Scadenzario.Data.Csv;
using Scadenzario.Web.Infrastructure;

namespace Scadenzario.Web.Features.Prefettura;

/// <summary>
/// The prefettura's view of its province: every comune's phase and progress, the overdue acts,
/// those awaiting the assicurazione al Prefetto; filtered by consultation and state, exportable as CSV.
/// </summary>
public sealed class IndexModel(EnteAccess access, EnteDirectory directory, ProvinceDashboardQueries queries, OverviewCache overview, IClock clock) : PageModel
{
    public const int OverdueLimit = 300;

    [BindProperty(SupportsGet = true, Name = "provincia")]
    public string Provincia { get; set; } = "";

    [BindProperty(SupportsGet = true, Name = "tornata")]
    public long? TornataId { get; set; }

    [BindProperty(SupportsGet = true, Name = "consultazione")]
    public string? Consultazione { get; set; }

    /// <summary>Part of a comune's name (or its ISTAT code): only the comuni that match are shown.</summary>
    [BindProperty(SupportsGet = true, Name = "cerca")]
    public string? Cerca { get; set; }

    /// <summary>"nome" (the default), "avanzamento" (the least advanced first) or "scaduti" (the most overdue first).</summary>
    [BindProperty(SupportsGet = true, Name = "ordina")]
    public string? Ordina { get; set; }

    public static IReadOnlyList<(string Value, string Label, ComuniOrder Order)> Orders { get; } =
        [("nome", "per nome", ComuniOrder.Nome), ("avanzamento", "per avanzamento, i più indietro prima", ComuniOrder.Avanzamento), ("scaduti", "per adempimenti scaduti, i più numerosi prima", ComuniOrder.Scaduti)];

    public ComuniOrder Order => Orders.FirstOrDefault(o => o.Value == Ordina).Order;

    /// <summary>"in-ritardo", "in-regola", "concluso", or empty for all.</summary>
    [BindProperty(SupportsGet = true, Name = "stato")]
    public string? Stato { get; set; }

    public string ProvinceName { get; private set; } = "";

    public IReadOnlyList<TornataSummary> Tornate { get; private set; } = [];

    public TornataSummary? Tornata { get; private set; }

    public IReadOnlyList<EnteProgress> Comuni { get; private set; } = [];

    public int ComuniInTornata { get; private set; }

    /// <summary>The prefettura's own acts for its comuni, overdue, due today or in the next seven days.</summary>
    public IReadOnlyList<PrefetturaAct> OwnActs { get; private set; } = [];

    public Instant Now { get; } = clock.GetCurrentInstant();

    public static IReadOnlyList<(string Value, string Label)> States { get; } =
        [("", "Tutti"), ("in-ritardo", "Con adempimenti scaduti"), ("in-regola", "In regola"), ("concluso", "Conclusi")];

    /// <summary>"assicurazione" for the acts owing the assicurazione al Prefetto, else every overdue act.</summary>
    [BindProperty(SupportsGet = true, Name = "elenco")]
    public string? Elenco { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ?? Page();

    /// <summary>
    /// The list of overdue acts, fetched by htmx when the user opens it: up to 300 rows that the
    /// page would otherwise render on every visit.
    /// </summary>
    public async Task<IActionResult> OnGetScadutiAsync(CancellationToken cancellationToken)
    {
        if (await ResolveAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        var only = Elenco == "assicurazione";
        var acts = Tornata is null ? [] : await queries.OverdueAsync(Tornata.Id, Provincia, Consultation, only, OverdueLimit, cancellationToken);
        return Partial("_OverdueTable", (only ? "assicurazioni" : "scaduti", acts.ToList()));
    }

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        if (await LoadAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        var csv = new StringBuilder("codice_istat;comune;fase;adempimenti;completati;aperti;scaduti;assicurazioni_scadute;percentuale_completati\r\n");
        foreach (var c in Comuni)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{Csv(c.Code)};{Csv(c.Name)};{Csv(Phases.Label(c.Phase))};{c.Total};{c.Completed};{c.Open};{c.Overdue};{c.AwaitingAssicurazione};{Percent(c)}\r\n");
        }

        // A BOM so that Excel, which Italian offices open CSV files with, reads the accents right.
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray();
        return File(bytes, "text/csv; charset=utf-8", $"scadenzario-{Provincia}-tornata-{Tornata?.Id}.csv");
    }

    public static int Percent(EnteProgress c) => ProvinceDashboardQueries.Percent(c);

    public string Query(string? stato = null, string? consultazione = null, string? ordina = null) =>
        $"?tornata={Tornata?.Id}&consultazione={Uri.EscapeDataString(consultazione ?? Consultazione ?? "")}&stato={Uri.EscapeDataString(stato ?? Stato ?? "")}"
        + $"&cerca={Uri.EscapeDataString(Cerca ?? "")}&ordina={Uri.EscapeDataString(ordina ?? Ordina ?? "")}";

    /// <summary>The query of the full list of overdue acts: the tornata and consultation, the comune when given.</summary>
    public string ListQuery(string? elenco = null, string? comune = null) =>
        $"?tornata={Tornata?.Id}&consultazione={Uri.EscapeDataString(Consultazione ?? "")}"
        + (elenco is null ? "" : $"&elenco={elenco}") + (comune is null ? "" : $"&comune={comune}");

    private Calendars.Rules.ConsultationType? Consultation => Calendars.Rules.ConsultationTypes.TryParse(Consultazione ?? "", out var type) ? type : null;

    private async Task<IActionResult?> ResolveAsync(CancellationToken cancellationToken)
    {
        Provincia = Provincia.ToUpperInvariant();
        if (!await access.CanSeeProvinceAsync(User, Provincia, cancellationToken))
        {
            return Forbid();
        }

        ProvinceName = (await directory.FindAsync(Provincia, cancellationToken))!.Name;
        Tornate = await overview.TornateAsync(Provincia, cancellationToken);
        Tornata = TornataId is { } id ? Tornate.FirstOrDefault(t => t.Id == id) : Tornate.FirstOrDefault();
        if (Tornata is null)
        {
            return null;
        }

        if (Consultazione is { Length: > 0 } && (Consultation is not { } held || !Tornata.Consultations.Contains(held)))
        {
            Consultazione = null;
        }

        return null;
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken cancellationToken)
    {
        if (await ResolveAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (Tornata is null)
        {
            return null;
        }

        var all = await overview.GetAsync(Tornata.Id, Provincia, Consultation, cancellationToken);
        OwnActs = await overview.PrefetturaActsAsync(Tornata.Id, Provincia, cancellationToken);
        ComuniInTornata = all.Count;
        IReadOnlyList<EnteProgress> inState = Stato switch
        {
            "in-ritardo" => [.. all.Where(c => c.Overdue > 0)],
            "in-regola" => [.. all.Where(c => c.Overdue == 0 && c.Phase != Phase.Concluso)],
            "concluso" => [.. all.Where(c => c.Phase == Phase.Concluso)],
            _ => all,
        };
        Comuni = ProvinceDashboardQueries.SearchAndSort(inState, Cerca, Order);
        return null;
    }

    private static string Csv(string text) => CsvCell.Text(text, ';');
}
