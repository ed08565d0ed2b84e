using Microsoft.EntityFrameworkCore;
using NodaTime;
using Npgsql;
using Scadenzario.Calendars.Derivation;
using Scadenzario.Calendars.Rules;
using Scadenzario.Data;
using Scadenzario.Data.Model;

namespace Scadenzario.Web.Features.Adempimenti;

/// <summary>A tornata an ente takes part in.</summary>
public sealed record TornataOfEnte(long Id, string Name, VotingDays VotingDays, ConsultationType[] Consultations);

/// <summary>An act with how many times its deadline moved.</summary>
public sealed record DatedTask(Adempimento Task, int Moves);

/// <summary>The calendar of one ente in one tornata: every act with a date, in the order it falls due.</summary>
public sealed record Cronoprogramma(TornataOfEnte? Tornata, IReadOnlyList<TornataOfEnte> Tornate, IReadOnlyList<DatedTask> Tasks);

/// <summary>The acts of an ente, for the calendar page, the printable cronoprogramma and the iCalendar feed.</summary>
public sealed class CronoprogrammaQuery(NpgsqlDataSource dataSource)
{
    public async Task<IReadOnlyList<TornataOfEnte>> TornateAsync(string enteCode, CancellationToken cancellationToken)
    {
        await using var db = ScadenzarioDb.Create(dataSource);
        var rows = await (from te in db.TornataEnti
                          join t in db.Tornate on te.TornataId equals t.Id
                          where te.EnteCode == enteCode
                          select new { t.Id, t.Name, t.VotingDays, te.Consultations })
            .AsNoTracking().ToListAsync(cancellationToken);
        return [.. rows.Select(r => new TornataOfEnte(r.Id, r.Name, r.VotingDays, r.Consultations)).OrderByDescending(t => t.VotingDays[0])];
    }

    /// <summary>
    /// The acts of <paramref name="tornataId"/> (the latest tornata when null); with <paramref name="allTornate"/>, of every tornata.
    /// With <paramref name="days"/>, only the acts due on those days (a month of the calendar).
    /// </summary>
    public async Task<Cronoprogramma> RunAsync(string enteCode, long? tornataId, bool allTornate, CancellationToken cancellationToken, DateInterval? days = null)
    {
        var tornate = await TornateAsync(enteCode, cancellationToken);
        var tornata = allTornate ? null : tornataId is { } id ? tornate.FirstOrDefault(t => t.Id == id) : tornate.FirstOrDefault();
        if (!allTornate && tornata is null)
        {
            return new Cronoprogramma(null, tornate, []);
        }

        await using var db = ScadenzarioDb.Create(dataSource);
        var query = db.Adempimenti.AsNoTracking().Where(t => t.EnteCode == enteCode && t.Status != AdempimentoStatus.NonApplicabile);
        if (tornata is not null)
        {
            query = query.Where(t => t.TornataId == tornata.Id);
        }

        if (days is not null)
        {
            var (first, last) = (days.Start, days.End);
            query = query.Where(t => t.DueDate >= first && t.DueDate <= last);
        }

        var rows = await query
            .OrderBy(t => t.DueAt == null).ThenBy(t => t.DueAt).ThenBy(t => t.Id)
            .Select(t => new { Task = t, Moves = db.Moves.Count(m => m.AdempimentoId == t.Id) })
            .ToListAsync(cancellationToken);
        return new Cronoprogramma(tornata, tornate, [.. rows.Select(r => new DatedTask(r.Task, r.Moves))]);
    }
}
