using Microsoft.EntityFrameworkCore;
using Npgsql;
using Scadenzario.Calendars;
using Scadenzario.Data;
using Scadenzario.Data.Adempimenti;
using Scadenzario.Data.Model;
using Scadenzario.Data.Recipients;

namespace Scadenzario.Web.Features.Adempimenti;

/// <summary>
/// An act with what the page shows around it: the rule's description (its notes are for maintainers,
/// not shown), the tornata, the history of changes and of date moves, and the names of the people
/// who completed it or appear in its history (<see cref="PeopleNames"/>).
/// </summary>
public sealed record Dettaglio(Adempimento Task, string EnteName, string TornataName, string? Description, string ActorLabel, string? WaitingFor, IReadOnlyList<AdempimentoAudit> History, IReadOnlyList<AdempimentoMove> Moves, IReadOnlyDictionary<string, string> People);

public sealed class DettaglioQuery(NpgsqlDataSource dataSource, CalendarSet calendars)
{
    /// <summary>The ente an act belongs to, to check access before anything else is read.</summary>
    public async Task<string?> EnteOfAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = ScadenzarioDb.Create(dataSource);
        return await db.Adempimenti.Where(t => t.Id == id).Select(t => t.EnteCode).SingleOrDefaultAsync(cancellationToken);
    }

    public async Task<Dettaglio?> RunAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = ScadenzarioDb.Create(dataSource);
        var task = await db.Adempimenti.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (task is null)
        {
            return null;
        }

        var ente = await db.Enti.Where(e => e.Code == task.EnteCode).Select(e => e.Name).SingleAsync(cancellationToken);
        var tornata = await db.Tornate.Where(t => t.Id == task.TornataId).Select(t => t.Name).SingleAsync(cancellationToken);
        var history = await db.Audit.AsNoTracking().Where(a => a.AdempimentoId == id).OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var moves = await db.Moves.AsNoTracking().Where(m => m.AdempimentoId == id).OrderBy(m => m.Id).ToListAsync(cancellationToken);
        var rule = calendars.Rules.FirstOrDefault(r => r.Id == task.RuleId);
        var people = await PeopleNames.LookupAsync(dataSource, history.Select(a => a.Actor).Append(task.CompletedBy), cancellationToken);
        return new Dettaglio(task, ente, tornata, rule?.Description, calendars.ActorLabel(task.Actor), Waiting(task.WaitingFor), history, moves, people);
    }

    private string? Waiting(WaitingFor? waitingFor) => waitingFor?.Italian(calendars);
}
