using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using NodaTime.Text;
using Npgsql;
using Scadenzario.Calendars;
using Scadenzario.Data;
using Scadenzario.Data.Model;
using Scadenzario.Data.Recipients;
using Scadenzario.Data.Tornate;
using Scadenzario.Web.Infrastructure;

namespace Scadenzario.Web.Features.Adempimenti;

/// <summary>
/// The events an office records (liste ammesse, ballottaggio, proclamazione…), which date the acts
/// waiting for them, and their corrections. The day is never assumed: the office types it, and
/// <see cref="TornataService"/> refuses one outside the event's window.
/// </summary>
public sealed class EventiModel(EnteAccess access, EnteDirectory directory, IClock clock, CronoprogrammaQuery tornate, TornataService service, CalendarSet calendars, NpgsqlDataSource dataSource)
    : EntePageModel(access, directory, clock)
{
    public IReadOnlyList<TornataOfEnte> Tornate { get; private set; } = [];

    public IReadOnlyList<EnteEvent> Recorded { get; private set; } = [];

    public IReadOnlyList<KeyValuePair<string, string>> Events { get; private set; } = [];

    /// <summary>Every recording and correction of the ente's events, oldest first.</summary>
    public IReadOnlyList<EventHistoryEntry> History { get; private set; } = [];

    /// <summary>The names of the people in <see cref="History"/>, by user name.</summary>
    public IReadOnlyDictionary<string, string> People { get; private set; } = new Dictionary<string, string>();

    [BindProperty]
    public long Tornata { get; set; }

    [BindProperty]
    public string Evento { get; set; } = "";

    [BindProperty]
    public string? Giorno { get; set; }

    /// <summary>The event is already recorded and its day is corrected (<see cref="Motivo"/> required).</summary>
    [BindProperty]
    public bool Correggi { get; set; }

    [BindProperty]
    public string? Motivo { get; set; }

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

        var day = Giorno is { Length: > 0 } text ? LocalDatePattern.Iso.Parse(text) : null;
        if (day is null)
        {
            ModelState.AddModelError(nameof(Giorno), "Indicare il giorno dell'evento.");
        }
        else if (!day.Success)
        {
            ModelState.AddModelError(nameof(Giorno), "Data dell'evento non valida: indicare giorno, mese e anno.");
        }
        else if (Correggi && string.IsNullOrWhiteSpace(Motivo))
        {
            ModelState.AddModelError(nameof(Motivo), "Indicare il motivo della correzione (es. «data trascritta per errore, vedi verbale n. 12»).");
        }
        else
        {
            try
            {
                var actor = EnteAccess.ActorName(User);
                var result = Correggi
                    ? await service.CorrectEventAsync(Tornata, Ente, Evento, day.Value, Motivo!, actor, cancellationToken)
                    : await service.RecordEventAsync(Tornata, Ente, Evento, day.Value, actor, cancellationToken: cancellationToken);
                TempData["Esito"] = Correggi
                    ? $"Evento corretto: {EventLabel(Evento)}; il giorno precedente resta nello storico. Scadenze spostate: {result.Moved}."
                    : $"Evento registrato: {EventLabel(Evento)}. Adempimenti datati o aggiornati: {result.Changed + result.Moved + result.Created}; non più applicabili: {result.NoLongerApplicable}.";
                return RedirectToPage(new { ente = Ente });
            }
            catch (DomainException e)
            {
                // The refusals are about the day (outside the window, already recorded, in the future) or the event itself.
                ModelState.AddModelError(nameof(Giorno), e.Message);
            }
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public string EventLabel(string id) => calendars.Events.GetValueOrDefault(id, id);

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Tornate = await tornate.TornateAsync(Ente, cancellationToken);
        await using var db = ScadenzarioDb.Create(dataSource);
        Recorded = await db.EnteEvents.AsNoTracking().Where(e => e.EnteCode == Ente).OrderBy(e => e.Day).ToListAsync(cancellationToken);
        // The calendar's events, then the two that decide the ballottaggio (index.yaml declares them all).
        Events = [.. calendars.Events.Where(e => !WorkflowEvents.IsWorkflowEvent(e.Key)).OrderBy(e => e.Value, StringComparer.Create(new("it-IT"), false)),
            .. calendars.Events.Where(e => WorkflowEvents.IsWorkflowEvent(e.Key)).OrderBy(e => e.Key, StringComparer.Ordinal)];
        History = await EventHistory.ReadAsync(dataSource, Ente, null, cancellationToken);
        People = await PeopleNames.LookupAsync(dataSource, History.Select(h => h.Actor), cancellationToken);
    }
}
