using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using Npgsql;
using Scadenzario.Calendars;
using Scadenzario.Data;
using Scadenzario.Data.Tornate;
using Scadenzario.Web.Infrastructure;

namespace Scadenzario.Web.Features.Amministrazione;

/// <summary>
/// The alignment of one tornata to the program's calendar version: GET shows what would change
/// and writes nothing, the confirmed POST applies it (the same use case as `tornata sync --conferma`).
/// </summary>
public sealed class AllineamentoModel(NpgsqlDataSource dataSource, CalendarSet calendars, IClock clock) : PageModel
{
    [FromRoute]
    public long Id { get; set; }

    public RulesSyncReport? Report { get; private set; }

    public string? Error { get; private set; }

    private TornataRulesSync Sync => new(dataSource, calendars, clock);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await Sync.FindAsync(Id, cancellationToken) is null)
        {
            return NotFound();
        }

        try
        {
            Report = await Sync.PreviewAsync(Id, cancellationToken: cancellationToken);
        }
        catch (DomainException e)
        {
            Error = e.Message;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await Sync.FindAsync(Id, cancellationToken) is null)
        {
            return NotFound();
        }

        try
        {
            var report = await Sync.ApplyAsync(Id, EnteAccess.ActorName(User), cancellationToken: cancellationToken);
            TempData["Esito"] = report.Applied is { } applied
                ? $"Tornata «{report.Status.Name}» allineata alla versione {report.Status.ProgramVersion}: adempimenti creati {applied.Created}, " +
                  $"date spostate {applied.Moved}, non più previsti {applied.NoLongerApplicable}, aggiornati {applied.Changed}. I completamenti sono conservati; " +
                  "gli uffici ricevono l'avviso delle scadenze spostate con il prossimo invio degli avvisi."
                : $"La tornata «{report.Status.Name}» è già allineata alla versione {report.Status.ProgramVersion}: nulla da fare.";
            return Redirect("/amministrazione/tornate");
        }
        catch (DomainException e)
        {
            Error = e.Message;
            return Page();
        }
    }
}
