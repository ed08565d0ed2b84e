using Microsoft.EntityFrameworkCore;
using NodaTime;
using Npgsql;
using Scadenzario.Calendars.Rules;
using Scadenzario.Calendars.Time;
using Scadenzario.Data.Model;
using Scadenzario.Data.Tornate;

namespace Scadenzario.Data.Adempimenti;

/// <summary>An act and its state at the clock of the list it is in.</summary>
public sealed record ActItem(Adempimento Task, ActState State);

/// <summary>
/// Which acts a day list shows: every act, or those of one consultation (its id, "europee") and/or
/// of one actor (its id in the calendars, "sindaco"). Lists, counts and the next deadline all obey it.
/// </summary>
public sealed record EnteDayFilter(ConsultationType? Consultation = null, string? Actor = null)
{
    public static EnteDayFilter None { get; } = new();

    public bool IsEmpty => Consultation is null && Actor is null;
}

/// <summary>
/// An ente's day, by state (<see cref="ActStates"/>): its own acts overdue, due today and in the next
/// seven days (the "da fare", counted), those waiting for an event, and, apart, the open acts of
/// others due from today to the seventh day, which the office only needs to know. When nothing is
/// overdue or due today, <see cref="NextDeadline"/> says what comes next.
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

    /// <summary>The filter the lists obey.</summary>
    public EnteDayFilter Filter { get; init; } = EnteDayFilter.None;

    /// <summary>
    /// The office's first deadline (a scadenza or the end of a periodo) not yet passed, at any
    /// distance, under the same filter; null when none is dated.
    /// </summary>
    public ActItem? NextDeadline { get; init; }

    /// <summary>The consultations of the ente's open acts, whatever the filter: what it can filter by.</summary>
    public IReadOnlyList<ConsultationType> Consultations { get; init; } = [];

    /// <summary>The actors (ids) of the ente's open acts, whatever the filter: what it can filter by.</summary>
    public IReadOnlyList<string> Actors { get; init; } = [];

    /// <summary>Nothing overdue, nothing due today: the day to say when the next deadline falls.</summary>
    public bool IsQuiet => Overdue.Count == 0 && Today.Count == 0;
}

/// <summary>The day of an ente: what Oggi, the CLI's day list and the API's summary show.</summary>
public sealed class EnteDayQuery(NpgsqlDataSource dataSource, IClock clock)
{
    /// <summary>
    /// The day of <paramref name="enteCode"/> now, or on another <paramref name="day"/> as it stands
    /// at that day's start (00:00 in Rome): what would be overdue, due, coming, then.
    /// </summary>
    public Task<EnteDayList> RunAsync(string enteCode, LocalDate? day = null, CancellationToken cancellationToken = default) =>
        RunAsync(enteCode, day, EnteDayFilter.None, cancellationToken);

    /// <summary>The day of <paramref name="enteCode"/>, with only the acts that <paramref name="filter"/> keeps.</summary>
    public async Task<EnteDayList> RunAsync(string enteCode, LocalDate? day, EnteDayFilter filter, CancellationToken cancellationToken = default)
    {
        var now = ActClock.Of(clock);
        var at = day is { } d && d != now.Today ? new ActClock(RomeTime.ToInstant(d.AtMidnight()), d) : now;
        await using var db = ScadenzarioDb.Create(dataSource);
        var ente = await db.Enti.AsNoTracking().SingleOrDefaultAsync(e => e.Code == enteCode, cancellationToken)
            ?? throw new NotFoundException($"Ente {enteCode} sconosciuto.");

        var open = db.Adempimenti.AsNoTracking()
            .Where(t => t.EnteCode == enteCode && (t.Status == AdempimentoStatus.DaFare || t.Status == AdempimentoStatus.InAttesa));
        var options = await open.Select(t => new { t.Consultation, t.Actor }).Distinct().ToListAsync(cancellationToken);
        var kept = Filtered(open, filter);

        // One indexed read (ente_code, due_date) of the open acts up to the horizon; the states are
        // then those of ActStates, computed on these few hundred rows.
        var horizon = at.Horizon;
        var tasks = await kept
            .Where(t => t.DueDate == null || t.DueDate <= horizon)
            .OrderBy(t => t.DueAt).ThenBy(t => t.Id)
            .ToListAsync(cancellationToken);
        var items = tasks.Select(t => new ActItem(t, ActStates.Of(t, at))).ToList();

        // The next deadline may lie beyond the horizon: on a quiet day it is the one thing to say.
        // Ordered by day first, as the (ente_code, due_date) index is, so that PostgreSQL walks the
        // ente's own acts from today and never the whole country's open acts by instant (a due
        // instant never falls before its day, so the order is the instant's).
        var (instant, today) = (at.Now, at.Today);
        var next = await kept
            .Where(t => t.Status == AdempimentoStatus.DaFare && t.DueDate >= today && t.DueAt > instant)
            .Where(ActStates.HasDeadline)
            .Where(ActStates.Is(at, ActViewer.Ente, ActState.Oggi, ActState.InScadenza, ActState.Aperto))
            .OrderBy(t => t.DueDate).ThenBy(t => t.DueAt).ThenBy(t => t.Id)
            .FirstOrDefaultAsync(cancellationToken);

        return new EnteDayList(
            enteCode,
            ente.Name,
            at,
            [.. items.Where(i => i.State == ActState.Scaduto)],
            [.. items.Where(i => i.State == ActState.Oggi)],
            [.. items.Where(i => i.State == ActState.InScadenza)],
            [.. items.Where(i => i.State == ActState.InAttesa)],
            [.. items.Where(i => i.State == ActState.DaSapere && i.Task.DueDate >= at.Today)])
        {
            Filter = filter,
            NextDeadline = next is null ? null : new ActItem(next, ActStates.Of(next, at)),
            Consultations = [.. options.Select(o => o.Consultation).Distinct().OrderBy(c => c.Id(), StringComparer.Ordinal)],
            Actors = [.. options.Select(o => o.Actor).Distinct().Order(StringComparer.Ordinal)],
        };
    }

    private static IQueryable<Adempimento> Filtered(IQueryable<Adempimento> tasks, EnteDayFilter filter)
    {
        if (filter.Consultation is { } consultation)
        {
            tasks = tasks.Where(t => t.Consultation == consultation);
        }

        if (filter.Actor is { } actor)
        {
            tasks = tasks.Where(t => t.Actor == actor);
        }

        return tasks;
    }
}
