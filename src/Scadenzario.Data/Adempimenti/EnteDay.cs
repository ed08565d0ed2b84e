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

    /// <summary>Whether an act passes the filter.</summary>
    public bool Keeps(Adempimento task) =>
        (Consultation is not { } consultation || task.Consultation == consultation) && (Actor is not { } actor || task.Actor == actor);
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
    private static readonly Func<Adempimento, bool> HasDeadline = ActStates.HasDeadline.Compile();

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
        // The ente's open acts with its name, in one statement: one indexed read (ente_code,
        // due_date) of a few hundred acts at most, put in order here rather than sorted in
        // PostgreSQL. The filters, the lists and the next deadline are then worked out from
        // ActStates on these rows, so that a page costs one round trip, not one per list. Only an
        // ente with nothing open needs a second statement, for its name (or to say it is unknown).
        var rows = await (
                from t in db.Adempimenti.AsNoTracking()
                where t.EnteCode == enteCode && (t.Status == AdempimentoStatus.DaFare || t.Status == AdempimentoStatus.InAttesa)
                join e in db.Enti on t.EnteCode equals e.Code
                select new { Task = t, e.Name })
            .ToListAsync(cancellationToken);
        var name = rows.Count > 0
            ? rows[0].Name
            : await db.Enti.AsNoTracking().Where(e => e.Code == enteCode).Select(e => e.Name).SingleOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException($"Ente {enteCode} sconosciuto.");

        // As PostgreSQL's ORDER BY due_at, id: the undated (waiting) acts last.
        var open = rows.Select(r => r.Task).OrderBy(t => t.DueAt is null).ThenBy(t => t.DueAt).ThenBy(t => t.Id).ToList();
        var kept = open.Where(filter.Keeps).Select(t => new ActItem(t, ActStates.Of(t, at))).ToList();
        var horizon = at.Horizon;
        var items = kept.Where(i => i.Task.DueDate is not { } due || due <= horizon).ToList();

        // The next deadline may lie beyond the horizon: on a quiet day it is the one thing to say.
        var next = kept
            .Where(i => i.Task.Status == AdempimentoStatus.DaFare && i.Task.DueDate >= at.Today && i.Task.DueAt > at.Now)
            .Where(i => HasDeadline(i.Task) && i.State is ActState.Oggi or ActState.InScadenza or ActState.Aperto)
            .OrderBy(i => i.Task.DueDate).ThenBy(i => i.Task.DueAt).ThenBy(i => i.Task.Id)
            .FirstOrDefault();

        return new EnteDayList(
            enteCode,
            name,
            at,
            [.. items.Where(i => i.State == ActState.Scaduto)],
            [.. items.Where(i => i.State == ActState.Oggi)],
            [.. items.Where(i => i.State == ActState.InScadenza)],
            [.. items.Where(i => i.State == ActState.InAttesa)],
            [.. items.Where(i => i.State == ActState.DaSapere && i.Task.DueDate >= at.Today)])
        {
            Filter = filter,
            NextDeadline = next,
            Consultations = [.. open.Select(t => t.Consultation).Distinct().OrderBy(c => c.Id(), StringComparer.Ordinal)],
            Actors = [.. open.Select(t => t.Actor).Distinct().Order(StringComparer.Ordinal)],
        };
    }
}
