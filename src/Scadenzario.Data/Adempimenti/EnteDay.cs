using Microsoft.EntityFrameworkCore;
using NodaTime;
using Npgsql;
using Scadenzario.Calendars.Time;
using Scadenzario.Data.Model;
using Scadenzario.Data.Tornate;

namespace Scadenzario.Data.Adempimenti;

/// <summary>An act and its state at the clock of the list it is in.</summary>
public sealed record ActItem(Adempimento Task, ActState State);

/// <summary>
/// An ente's day, by state (<see cref="ActStates"/>): its own acts overdue, due today and in the next
/// seven days (the "da fare", counted), those waiting for an event, and, apart, the open acts of
/// others due from today to the seventh day, which the office only needs to know.
/// </summary>
public sealed record EnteDayList(
    string EnteCode,
    string EnteName,
    ActClock Clock,
    IReadOnlyList<ActItem> Overdue,
    IReadOnlyList<ActItem> Today,
    IReadOnlyList<ActItem> NextDays,
    IReadOnlyList<ActItem> Waiting,
    IReadOnlyList<ActItem> DaSapere)
{
    public LocalDate Day => Clock.Today;
}

/// <summary>The day of an ente: what Oggi, the CLI's day list and the API's summary show.</summary>
public sealed class EnteDayQuery(NpgsqlDataSource dataSource, IClock clock)
{
    /// <summary>
    /// The day of <paramref name="enteCode"/> now, or on another <paramref name="day"/> as it stands
    /// at that day's start (00:00 in Rome): what would be overdue, due, coming, then.
    /// </summary>
    public async Task<EnteDayList> RunAsync(string enteCode, LocalDate? day = null, CancellationToken cancellationToken = default)
    {
        var now = ActClock.Of(clock);
        var at = day is { } d && d != now.Today ? new ActClock(RomeTime.ToInstant(d.AtMidnight()), d) : now;
        await using var db = ScadenzarioDb.Create(dataSource);
        var ente = await db.Enti.AsNoTracking().SingleOrDefaultAsync(e => e.Code == enteCode, cancellationToken)
            ?? throw new DomainException($"Ente {enteCode} sconosciuto.");

        // One indexed read (ente_code, due_date) of the open acts up to the horizon; the states are
        // then those of ActStates, computed on these few hundred rows.
        var horizon = at.Horizon;
        var tasks = await db.Adempimenti.AsNoTracking()
            .Where(t => t.EnteCode == enteCode
                && (t.Status == AdempimentoStatus.DaFare || t.Status == AdempimentoStatus.InAttesa)
                && (t.DueDate == null || t.DueDate <= horizon))
            .OrderBy(t => t.DueAt).ThenBy(t => t.Id)
            .ToListAsync(cancellationToken);
        var items = tasks.Select(t => new ActItem(t, ActStates.Of(t, at))).ToList();

        return new EnteDayList(
            enteCode,
            ente.Name,
            at,
            [.. items.Where(i => i.State == ActState.Scaduto)],
            [.. items.Where(i => i.State == ActState.Oggi)],
            [.. items.Where(i => i.State == ActState.InScadenza)],
            [.. items.Where(i => i.State == ActState.InAttesa)],
            [.. items.Where(i => i.State == ActState.DaSapere && i.Task.DueDate >= at.Today)]);
    }
}
