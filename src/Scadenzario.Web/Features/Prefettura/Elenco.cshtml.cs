using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Scadenzario.Data.Adempimenti;
using Scadenzario.Data.Csv;
using Scadenzario.Web.Infrastructure;

namespace Scadenzario.Web.Features.Prefettura;

/// <summary>
/// The comuni's overdue acts in the province as a page of its own (what "Apri l'elenco" opens,
/// without JavaScript), optionally only those owing the assicurazione al Prefetto or of one comune,
/// each with its latest sollecito and the link to send one; and the same acts, all of them, as CSV.
/// Which acts are overdue is <see cref="ProvinceDashboardQueries.OverdueAsync"/>'s (<see cref="ActStates"/>).
/// </summary>
public sealed class ElencoModel(EnteAccess access, EnteDirectory directory, ProvinceDashboardQueries queries, OverviewCache overview) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "provincia")]
    public string Provincia { get; set; } = "";

    [BindProperty(SupportsGet = true, Name = "tornata")]
    public long? TornataId { get; set; }

    [BindProperty(SupportsGet = true, Name = "consultazione")]
    public string? Consultazione { get; set; }

    /// <summary>"assicurazione" for the acts owing the assicurazione al Prefetto, else every overdue act.</summary>
    [BindProperty(SupportsGet = true, Name = "elenco")]
    public string? Elenco { get; set; }

    /// <summary>The ISTAT code of one comune of the province, or empty for all.</summary>
    [BindProperty(SupportsGet = true, Name = "comune")]
    public string? Comune { get; set; }

    public string ProvinceName { get; private set; } = "";

    public string? ComuneName { get; private set; }

    public TornataSummary? Tornata { get; private set; }

    public IReadOnlyList<OverdueAct> Acts { get; private set; } = [];

    public IReadOnlyDictionary<long, LastSollecito> Solleciti { get; private set; } = new Dictionary<long, LastSollecito>();

    public bool OnlyAssicurazione => Elenco == "assicurazione";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await ResolveAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        if (Tornata is not null)
        {
            Acts = await queries.OverdueAsync(Tornata.Id, Provincia, Consultation, OnlyAssicurazione, IndexModel.OverdueLimit, cancellationToken, Comune);
            Solleciti = await queries.LastSollecitiAsync([.. Acts.Select(a => a.Id)], cancellationToken);
        }

        return Page();
    }

    /// <summary>Every overdue act of the choice, not only the first 300, one line each.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        if (await ResolveAsync(cancellationToken) is { } refused)
        {
            return refused;
        }

        var acts = Tornata is null ? [] : await queries.OverdueAsync(Tornata.Id, Provincia, Consultation, OnlyAssicurazione, int.MaxValue, cancellationToken, Comune);
        var solleciti = await queries.LastSollecitiAsync([.. acts.Select(a => a.Id)], cancellationToken);
        var csv = new StringBuilder("codice_istat;comune;adempimento;consultazione;scadenza;assicurazione_al_prefetto;ultimo_sollecito\r\n");
        foreach (var a in acts)
        {
            var sollecito = solleciti.TryGetValue(a.Id, out var s) ? $"{Display.Moment(s.At)} ({s.Actor})" : "";
            csv.Append(CultureInfo.InvariantCulture,
                $"{Csv(a.EnteCode)};{Csv(a.EnteName)};{Csv(a.Title)};{Csv(Display.Consultation(a.Consultation))};{Csv(Display.Due(a.DueDate, a.DueTime))};{(a.AssicurazionePrefetto ? "sì" : "no")};{Csv(sollecito)}\r\n");
        }

        // A BOM so that Excel, which Italian offices open CSV files with, reads the accents right.
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray();
        var name = OnlyAssicurazione ? "assicurazioni" : "scaduti";
        return File(bytes, "text/csv; charset=utf-8", $"scadenzario-{Provincia}-{name}{(Comune is null ? "" : "-" + Comune)}-tornata-{Tornata?.Id}.csv");
    }

    public string Query(string? elenco) =>
        $"?tornata={Tornata?.Id}&consultazione={Uri.EscapeDataString(Consultazione ?? "")}" + (elenco is null ? "" : $"&elenco={elenco}") + (Comune is null ? "" : $"&comune={Comune}");

    /// <summary>The consultation chosen, when it is one of the tornata's.</summary>
    public Calendars.Rules.ConsultationType? Consultation => Calendars.Rules.ConsultationTypes.TryParse(Consultazione ?? "", out var type) ? type : null;

    private async Task<IActionResult?> ResolveAsync(CancellationToken cancellationToken)
    {
        Provincia = Provincia.ToUpperInvariant();
        if (!await access.CanSeeProvinceAsync(User, Provincia, cancellationToken))
        {
            return Forbid();
        }

        ProvinceName = (await directory.FindAsync(Provincia, cancellationToken))!.Name;
        if (!string.IsNullOrWhiteSpace(Comune))
        {
            // A comune of another province is refused as any other ente the user may not see.
            var comune = await directory.FindAsync(Comune.Trim(), cancellationToken);
            if (comune is null || comune.ProvinceCode != Provincia)
            {
                return NotFound();
            }

            Comune = comune.Code;
            ComuneName = comune.Name;
        }
        else
        {
            Comune = null;
        }

        var tornate = await overview.TornateAsync(Provincia, cancellationToken);
        Tornata = TornataId is { } id ? tornate.FirstOrDefault(t => t.Id == id) : tornate.FirstOrDefault();
        if (Tornata is not null && Consultazione is { Length: > 0 } && (Consultation is not { } held || !Tornata.Consultations.Contains(held)))
        {
            Consultazione = null;
        }

        return null;
    }

    private static string Csv(string? text) => CsvCell.Text(text, ';');
}
