using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;
using Npgsql;
using Scadenzario.Calendars;
using Scadenzario.Data;
using Scadenzario.Data.Model;
using Scadenzario.Data.Tornate;
using Scadenzario.Web.Infrastructure;

namespace Scadenzario.Web.Features.Adempimenti;

/// <summary>The events an office records (liste ammesse, ballottaggio, proclamazione…), which date the acts waiting for them.</summary>
public sealed class EventiModel(EnteAccess access, EnteDirectory directory, IClock clock, CronoprogrammaQuery tornate, TornataService service, CalendarSet calendars, NpgsqlDataSource dataSource)
    : EntePageModel(access, directory, clock)
{
    public IReadOnlyList<TornataOfEnte> Tornate { get; private set; } = [];

    public IReadOnlyList<EnteEvent> Recorded { get; private set; } = [];

    public IReadOnlyList<KeyValuePair<string, string>> Events { get; private set; } = [];

    [BindProperty]
    public long Tornata { get; set; }

    [BindProperty]
    public string Evento { get; set; } = "";

    [BindProperty]
    public string? Giorno { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await CheckAccessAsync(cancellationToken) is { } denied)
        {
            return denied;
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await CheckAccessAsync(cancellationToken) is { } denied)
        {
            return denied;
        }

        if (!CanAct)
        {
            return Forbid();
        }

        var day = Giorno is { Length: > 0 } text ? LocalDatePattern.Iso.Parse(text) : ParseResult<LocalDate>.ForValue(Today);
        if (!day.Success)
        {
            ModelState.AddModelError(nameof(Giorno), "Data dell'evento non valida.");
        }
        else
        {
            try
            {
                var result = await service.RecordEventAsync(Tornata, Ente, Evento, day.Value, EnteAccess.ActorName(User), cancellationToken);
                TempData["Esito"] = $"Evento registrato: {EventLabel(Evento)}. Adempimenti datati o aggiornati: {result.Changed + result.Moved + result.Created}; non più applicabili: {result.NoLongerApplicable}.";
                return RedirectToPage(new { ente = Ente });
            }
            catch (DomainException e)
            {
                ModelState.AddModelError("", e.Message);
            }
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public string EventLabel(string id) =>
        WorkflowEvents.IsWorkflowEvent(id) ? WorkflowEvents.Label(id) : calendars.Events.GetValueOrDefault(id, id);

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Tornate = await tornate.TornateAsync(Ente, cancellationToken);
        await using var db = ScadenzarioDb.Create(dataSource);
        Recorded = await db.EnteEvents.AsNoTracking().Where(e => e.EnteCode == Ente).OrderBy(e => e.Day).ToListAsync(cancellationToken);
        Events = [.. calendars.Events.OrderBy(e => e.Value, StringComparer.Create(new("it-IT"), false)),
            new(WorkflowEvents.BallottaggioNecessario, WorkflowEvents.Label(WorkflowEvents.BallottaggioNecessario)),
            new(WorkflowEvents.NessunBallottaggio, WorkflowEvents.Label(WorkflowEvents.NessunBallottaggio))];
    }
}
