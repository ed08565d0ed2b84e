using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Npgsql;
using Scadenzario.Calendars;
using Scadenzario.Calendars.Time;
using Scadenzario.Data;
using Scadenzario.Data.Limits;
using Scadenzario.Data.Model;
using Scadenzario.Data.Tornate;
using Scadenzario.Web.Infrastructure;

namespace Scadenzario.Web.Features.Tornate;

/// <summary>An event of the tornata as the page lists it, with the ente's name.</summary>
public sealed record TornataEventShown(string EnteCode, string EnteName, string Event, LocalDate Day, string RecordedBy, Instant RecordedAt);

/// <summary>
/// The events of a whole tornata, ente by ente, and their history; the amministratore records one
/// for any participating ente, or corrects its day with a reason (the previous day stays in the
/// history). Recording and correcting are <see cref="TornataService"/>'s, as on the ente's own page.
/// </summary>
public sealed class EventiTornataModel(TornataService service, EnteDirectory directory, NpgsqlDataSource dataSource, CalendarSet calendars, IClock clock)
    : TornataFormModel(clock)
{
    /// <summary>Lines of the lists shown: a national tornata may hold one event per comune.</summary>
    public const int Shown = 200;

    [FromRoute]
    public long Id { get; set; }

    /// <summary>The ente: its ISTAT code (or sigla) or its name.</summary>
    [BindProperty]
    public string? Ente { get; set; }

    [BindProperty]
    public string? Evento { get; set; }

    [BindProperty]
    public string? Giorno { get; set; }

    [BindProperty]
    public bool Correggi { get; set; }

    [BindProperty]
    public string? Motivo { get; set; }

    public TornataOverview Tornata { get; private set; } = null!;

    public IReadOnlyList<TornataEventShown> Recorded { get; private set; } = [];

    public int RecordedCount { get; private set; }

    public IReadOnlyList<TornataEventHistoryEntry> History { get; private set; } = [];

    public IReadOnlyList<KeyValuePair<string, string>> Events { get; private set; } = [];

    public string EventLabel(string id) => calendars.Events.GetValueOrDefault(id, id);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var ente = await ResolveEnteAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(Evento) || !calendars.Events.ContainsKey(Evento))
        {
            ModelState.AddModelError(nameof(Evento), "Scegliere l'evento.");
        }

        var day = ReadDate(nameof(Giorno), Giorno, "Indicare il giorno dell'evento.");
        if (Correggi && string.IsNullOrWhiteSpace(Motivo))
        {
            ModelState.AddModelError(nameof(Motivo), "Indicare il motivo della correzione (es. «data trascritta per errore, vedi verbale n. 12»).");
        }
        else if (Correggi && InputLimits.Problem(Motivo!.Trim(), InputLimits.Motivo) is { } tooLong)
        {
            ModelState.AddModelError(nameof(Motivo), tooLong);
        }

        if (!ModelState.IsValid || ente is null || day is null)
        {
            return Page();
        }

        if (!Correggi && Recorded.FirstOrDefault(e => e.EnteCode == ente.Code && e.Event == Evento) is { } already && already.Day != day)
        {
            ModelState.AddModelError(nameof(Correggi),
                $"«{EventLabel(Evento!)}» è già registrato per {ente.Name} con il giorno {ItalianDates.Long(already.Day)}: per cambiarlo spuntare la correzione e indicarne il motivo.");
            return Page();
        }

        try
        {
            var actor = EnteAccess.ActorName(User);
            var result = Correggi
                ? await service.CorrectEventAsync(Id, ente.Code, Evento!, day.Value, Motivo!, actor, cancellationToken)
                : await service.RecordEventAsync(Id, ente.Code, Evento!, day.Value, actor, cancellationToken: cancellationToken);
            TempData["Esito"] = Correggi
                ? $"Evento corretto per {ente.Name}: {EventLabel(Evento!)}, ora {ItalianDates.Long(day.Value)}; il giorno precedente resta nello storico. Scadenze spostate: {result.Moved}."
                : $"Evento registrato per {ente.Name}: {EventLabel(Evento!)}, {ItalianDates.Long(day.Value)}. Adempimenti datati o aggiornati: {result.Changed + result.Moved + result.Created}.";
            return Redirect($"/amministrazione/tornate/{Id}/eventi");
        }
        catch (DomainException e)
        {
            // What is left is about the day (outside the event's window, in the future) or the event for this ente.
            ModelState.AddModelError(nameof(Giorno), e.Message);
            return Page();
        }
    }

    /// <summary>The participating ente the field names, by code or by name; null with the problem next to the field.</summary>
    private async Task<EnteInfo?> ResolveEnteAsync(CancellationToken cancellationToken)
    {
        var text = Ente?.Trim() ?? "";
        if (text.Length == 0)
        {
            ModelState.AddModelError(nameof(Ente), "Indicare l'ente: il codice ISTAT o il nome del comune.");
            return null;
        }

        await using var db = ScadenzarioDb.Create(dataSource);
        var byCode = await directory.FindAsync(text.ToUpperInvariant(), cancellationToken);
        var candidates = byCode is not null ? [byCode] : await directory.SearchAsync(text, cancellationToken);
        var codes = candidates.Select(c => c.Code).ToList();
        var participating = await db.TornataEnti.AsNoTracking().Where(t => t.TornataId == Id && codes.Contains(t.EnteCode)).Select(t => t.EnteCode).ToListAsync(cancellationToken);
        var found = candidates.Where(c => participating.Contains(c.Code)).ToList();
        switch (found.Count)
        {
            case 1:
                return found[0];
            case 0:
                ModelState.AddModelError(nameof(Ente), candidates.Count == 0
                    ? $"Nessun ente si chiama «{text}»: indicare il codice ISTAT o il nome del comune."
                    : $"«{text}» non partecipa a questa tornata: aggiungere prima la consultazione per l'ente.");
                return null;
            default:
                ModelState.AddModelError(nameof(Ente),
                    $"Più enti della tornata corrispondono a «{text}»: indicare il codice ISTAT di uno di questi: {string.Join(", ", found.Take(10).Select(f => $"{f.Name} ({f.ProvinceCode}) {f.Code}"))}.");
                return null;
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
        var events = db.EnteEvents.AsNoTracking().Where(e => e.TornataId == Id);
        RecordedCount = await events.CountAsync(cancellationToken);
        var latest = await events
            .Join(db.Enti, e => e.EnteCode, n => n.Code, (e, n) => new { e.EnteCode, n.Name, e.Event, e.Day, e.RecordedBy, e.RecordedAt })
            .OrderByDescending(e => e.RecordedAt).ThenBy(e => e.Name)
            .Take(Shown)
            .ToListAsync(cancellationToken);
        Recorded = [.. latest.Select(e => new TornataEventShown(e.EnteCode, e.Name, e.Event, e.Day, e.RecordedBy, e.RecordedAt))];
        History = await TornataEventHistory.ReadAsync(dataSource, Id, Shown, cancellationToken);
        // The calendar's events, then the two that decide the ballottaggio, as on the ente's page.
        Events = [.. calendars.Events.Where(e => !WorkflowEvents.IsWorkflowEvent(e.Key)).OrderBy(e => e.Value, StringComparer.Create(new("it-IT"), false)),
            .. calendars.Events.Where(e => WorkflowEvents.IsWorkflowEvent(e.Key)).OrderBy(e => e.Key, StringComparer.Ordinal)];
        return true;
    }
}
