using Microsoft.EntityFrameworkCore;
using NodaTime;
using Npgsql;
using Scadenzario.Calendars.Rules;
using Scadenzario.Data.Model;

namespace Scadenzario.Data.Adempimenti;

/// <summary>A tornata in which comuni of a province take part.</summary>
public sealed record TornataSummary(long Id, string Name, LocalDate FirstVotingDay, IReadOnlyList<ConsultationType> Consultations);

/// <summary>An open act of a comune past its deadline, for the prefettura; <see cref="DueDate"/> is the day it is shown on.</summary>
public sealed record OverdueAct(long Id, string EnteCode, string EnteName, string Title, ConsultationType Consultation, LocalDate DueDate, ClockTime? DueTime, bool AssicurazionePrefetto);

/// <summary>One of the prefettura's own acts, on one day, for <see cref="Comuni"/> comuni of its province.</summary>
public sealed record PrefetturaAct(string Title, LocalDate DueDate, ClockTime? DueTime, ActState State, int Comuni);

/// <summary>How the prefettura sorts its comuni: by name, the least advanced first, the most overdue acts first.</summary>
public enum ComuniOrder
{
    Nome,
    Avanzamento,
    Scaduti,
}

/// <summary>The latest sollecito of an act: when and by whom.</summary>
public sealed record LastSollecito(Instant At, string Actor);

/// <summary>
/// What the prefettura dashboard shows, aggregated in PostgreSQL so that a province of over 300
/// comuni (Torino) costs one grouped query, not 45,000 rows carried to the application. The
/// states are those of <see cref="ActStates"/>, translated into the query.
/// </summary>
public sealed class ProvinceDashboardQueries(NpgsqlDataSource dataSource, IClock clock)
{
    /// <summary>
    /// The ids of the latest history entry and of the latest creation of acts, added: the sum grows
    /// with every completion, reopening, date change or new act, so it tells a cache whether what it
    /// holds is still current.
    /// </summary>
    public async Task<long> LatestChangeAsync(CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT (SELECT coalesce(max(id), 0) FROM adempimento_audit) + (SELECT coalesce(max(id), 0) FROM adempimento_creazione)");
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>The tornate with at least one comune of the province, the latest vote first.</summary>
    public async Task<IReadOnlyList<TornataSummary>> TornateAsync(string province, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT t.id, t.name, t.voting_days[1],
                   array(SELECT DISTINCT c FROM tornata_ente te2 JOIN ente e2 ON e2.code = te2.ente_code, unnest(te2.consultations) c
                         WHERE te2.tornata_id = t.id AND (e2.province_code = $1 OR e2.code = $1) ORDER BY c)
            FROM tornata t
            WHERE EXISTS (SELECT 1 FROM tornata_ente te JOIN ente e ON e.code = te.ente_code
                          WHERE te.tornata_id = t.id AND (e.province_code = $1 OR e.code = $1))
            ORDER BY t.voting_days[1] DESC, t.id DESC
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = province });
        var result = new List<TornataSummary>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(new TornataSummary(reader.GetInt64(0), reader.GetString(1), reader.GetFieldValue<LocalDate>(2),
                [.. reader.GetFieldValue<string[]>(3).Select(StoredTypes.ParseConsultation)]));
        }

        return result;
    }

    /// <summary>
    /// Every comune of the province in the tornata with its phase and progress, as
    /// <see cref="AdempimentiService.ProvinceOverviewAsync"/>, restricted to one consultation when given.
    /// Overdue counts only the comune's own acts (<see cref="ActStates"/>): the acts of others are not its delay.
    /// </summary>
    public async Task<IReadOnlyList<EnteProgress>> OverviewAsync(long tornataId, string province, ConsultationType? consultation, CancellationToken cancellationToken = default)
    {
        var at = ActClock.Of(clock);
        await using var db = ScadenzarioDb.Create(dataSource);
        var comuni = db.Enti.Where(e => e.ProvinceCode == province && e.Kind == EnteKinds.Comune).Select(e => e.Code);
        var rows = db.Adempimenti
            .Where(a => a.TornataId == tornataId && comuni.Contains(a.EnteCode) && (consultation == null || a.Consultation == consultation))
            .Select(ActStates.WithState(at, (a, state) => new StateRow
            {
                EnteCode = a.EnteCode,
                State = state,
                Assicurazione = a.AssicurazionePrefetto,
                OffsetDays = a.OffsetDays,
                Rendiconto = a.RuleId.StartsWith("rendiconto."),
            }));
        var groups = await rows
            .GroupBy(r => r.EnteCode)
            .Select(g => new
            {
                Code = g.Key,
                Total = g.Count(r => r.State != ActState.NonApplicabile),
                Completed = g.Count(r => r.State == ActState.Completato),
                Open = g.Count(r => r.State != ActState.NonApplicabile && r.State != ActState.Completato),
                Overdue = g.Count(r => r.State == ActState.Scaduto),
                Assicurazione = g.Count(r => r.State == ActState.Scaduto && r.Assicurazione),
                MinOffset = g.Where(r => r.State != ActState.NonApplicabile && r.State != ActState.Completato && !r.Rendiconto).Min(r => r.OffsetDays),
                OpenWithoutOffset = g.Count(r => r.State != ActState.NonApplicabile && r.State != ActState.Completato && !r.Rendiconto && r.OffsetDays == null),
                OpenRendiconto = g.Count(r => r.State != ActState.NonApplicabile && r.State != ActState.Completato && r.Rendiconto),
            })
            .ToListAsync(cancellationToken);
        var codes = groups.Select(g => g.Code).ToList();
        var names = await db.Enti.Where(e => codes.Contains(e.Code)).ToDictionaryAsync(e => e.Code, e => e.Name, cancellationToken);

        var progress = groups.Select(g => new EnteProgress(
            g.Code, names[g.Code], Phases.Earliest(g.MinOffset, openWithoutOffset: g.OpenWithoutOffset > 0, openRendiconto: g.OpenRendiconto > 0),
            g.Total, g.Completed, g.Open, g.Overdue, g.Assicurazione));
        return [.. progress.OrderBy(p => p.Name, StringComparer.Create(new("it-IT"), false))];
    }

    /// <summary>
    /// The comuni's own overdue acts in the province (only those owing the assicurazione al
    /// Prefetto when <paramref name="onlyAssicurazione"/>; of one comune when <paramref name="comune"/>
    /// is given), the oldest first, at most <paramref name="limit"/>.
    /// </summary>
    public async Task<IReadOnlyList<OverdueAct>> OverdueAsync(long tornataId, string province, ConsultationType? consultation, bool onlyAssicurazione, int limit, CancellationToken cancellationToken = default, string? comune = null)
    {
        var at = ActClock.Of(clock);
        await using var db = ScadenzarioDb.Create(dataSource);
        var acts = await db.Adempimenti
            .Where(ActStates.Overdue(at))
            .Where(a => a.TornataId == tornataId && (consultation == null || a.Consultation == consultation) && (!onlyAssicurazione || a.AssicurazionePrefetto))
            .Where(a => comune == null || a.EnteCode == comune)
            .Join(db.Enti.Where(e => e.ProvinceCode == province && e.Kind == EnteKinds.Comune), a => a.EnteCode, e => e.Code, (a, e) => new { a, e.Name })
            .OrderBy(x => x.a.DueAt).ThenBy(x => x.Name).ThenBy(x => x.a.Id)
            .Take(limit)
            .Select(x => new OverdueAct(x.a.Id, x.a.EnteCode, x.Name, x.a.Title, x.a.Consultation, x.a.DueDate!.Value, x.a.DueTime, x.a.AssicurazionePrefetto))
            .ToListAsync(cancellationToken);
        return acts;
    }

    /// <summary>
    /// The prefettura's own acts for the comuni of its province (the State's ballots and stamps
    /// delivered to the sindaci…) that are overdue, due today or in the next seven days, by day and
    /// act, with how many comuni each concerns.
    /// </summary>
    public async Task<IReadOnlyList<PrefetturaAct>> PrefetturaActsAsync(long tornataId, string province, CancellationToken cancellationToken = default)
    {
        var at = ActClock.Of(clock);
        await using var db = ScadenzarioDb.Create(dataSource);
        var comuni = db.Enti.Where(e => e.ProvinceCode == province && e.Kind == EnteKinds.Comune).Select(e => e.Code);
        var rows = await db.Adempimenti
            .Where(a => a.TornataId == tornataId && a.Owner == Calendars.Rules.ActorOwner.Prefettura && comuni.Contains(a.EnteCode))
            .Where(ActStates.Is(at, ActViewer.Prefettura, ActState.Scaduto, ActState.Oggi, ActState.InScadenza))
            .Select(ActStates.WithState(at, (a, state) => new { a.Title, a.DueDate, a.DueTime, State = state }, ActViewer.Prefettura))
            .ToListAsync(cancellationToken);
        return [.. rows.GroupBy(r => (r.Title, r.DueDate, r.DueTime, r.State))
            .Select(g => new PrefetturaAct(g.Key.Title, g.Key.DueDate!.Value, g.Key.DueTime, g.Key.State, g.Count()))
            .OrderBy(a => a.DueDate).ThenBy(a => a.Title, StringComparer.Ordinal)];
    }

    /// <summary>The share of a comune's acts completed, in whole percent (rounded down: 99% is not yet done); 100 without acts.</summary>
    public static int Percent(EnteProgress c) => c.Total == 0 ? 100 : (int)Math.Floor(100.0 * c.Completed / c.Total);

    /// <summary>
    /// The comuni whose name, folded by <see cref="Enti.EnteNames.Fold"/> (no case, accents or
    /// apostrophes, so "forli" finds Forlì), contains the folded <paramref name="text"/>, or whose ISTAT code it is; in the order asked, ties by name. Applied
    /// to <see cref="OverviewAsync"/>'s rows, so the counts are those of <see cref="ActStates"/>.
    /// </summary>
    public static IReadOnlyList<EnteProgress> SearchAndSort(IReadOnlyList<EnteProgress> comuni, string? text, ComuniOrder order)
    {
        var wanted = Enti.EnteNames.Fold(text ?? "");
        var found = wanted.Length == 0 ? comuni : [.. comuni.Where(c => c.Code == text!.Trim() || Enti.EnteNames.Fold(c.Name).Contains(wanted, StringComparison.Ordinal))];
        var byName = StringComparer.Create(Italian, ignoreCase: true);
        return order switch
        {
            ComuniOrder.Avanzamento => [.. found.OrderBy(Percent).ThenByDescending(c => c.Overdue).ThenBy(c => c.Name, byName)],
            ComuniOrder.Scaduti => [.. found.OrderByDescending(c => c.Overdue).ThenBy(Percent).ThenBy(c => c.Name, byName)],
            _ => [.. found.OrderBy(c => c.Name, byName)],
        };
    }

    /// <summary>The latest sollecito of each of the acts that had one (action <c>sollecitato</c> of their history).</summary>
    public async Task<IReadOnlyDictionary<long, LastSollecito>> LastSollecitiAsync(IReadOnlyCollection<long> taskIds, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT DISTINCT ON (adempimento_id) adempimento_id, at, actor FROM adempimento_audit
            WHERE adempimento_id = ANY($1) AND action = 'sollecitato'
            ORDER BY adempimento_id, id DESC
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = taskIds.ToArray() });
        var found = new Dictionary<long, LastSollecito>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            found[reader.GetInt64(0)] = new LastSollecito(reader.GetFieldValue<Instant>(1), reader.GetString(2));
        }

        return found;
    }

    private static readonly System.Globalization.CultureInfo Italian = new("it-IT");

    private sealed class StateRow
    {
        public required string EnteCode { get; init; }

        public ActState State { get; init; }

        public bool Assicurazione { get; init; }

        public int? OffsetDays { get; init; }

        public bool Rendiconto { get; init; }
    }
}
