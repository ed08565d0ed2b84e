using Microsoft.EntityFrameworkCore;
using Npgsql;
using Scadenzario.Data;
using Scadenzario.Data.Model;

namespace Scadenzario.Web.Features.Feed;

/// <summary>
/// One act of the feed and its SEQUENCE: how many times its deadline moved plus how many times it
/// became not applicable or applicable again. Each of those changes what a subscribed calendar must
/// show, and a client replaces its copy of an event only when the SEQUENCE grows; counting them
/// from the history, which is never rewritten, makes the number grow and never fall.
/// </summary>
public sealed record FeedTask(Adempimento Task, int Sequence)
{
    /// <summary>Not applicable any more: the event stays in the feed, cancelled, so subscribed calendars remove it.</summary>
    public bool Cancelled => Task.Status == AdempimentoStatus.NonApplicabile;
}

/// <summary>The acts of an ente's feed, across every tornata.</summary>
public sealed class FeedQuery(NpgsqlDataSource dataSource)
{
    // The actions of the history that change an act's applicability.
    private const AuditAction BecameNotApplicable = AuditAction.NonApplicabile;
    private const AuditAction BecameApplicable = AuditAction.Attivato;

    /// <summary>
    /// Every act with a date, and the acts that were applicable and are not any more (an act never
    /// applicable was never in a feed: it is left out). Cancelled events are kept for as long as the
    /// tornata is: a client that fetches rarely must still see the cancellation.
    /// </summary>
    public async Task<IReadOnlyList<FeedTask>> RunAsync(string enteCode, CancellationToken cancellationToken)
    {
        await using var db = ScadenzarioDb.Create(dataSource);
        var rows = await db.Adempimenti.AsNoTracking()
            .Where(t => t.EnteCode == enteCode && t.DueLocal != null
                && (t.Status != AdempimentoStatus.NonApplicabile
                    || db.Audit.Any(a => a.AdempimentoId == t.Id && a.Action == BecameNotApplicable)))
            .OrderBy(t => t.DueAt).ThenBy(t => t.Id)
            .Select(t => new
            {
                Task = t,
                Moves = db.Moves.Count(m => m.AdempimentoId == t.Id),
                Changes = db.Audit.Count(a => a.AdempimentoId == t.Id && (a.Action == BecameNotApplicable || a.Action == BecameApplicable)),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new FeedTask(r.Task, r.Moves + r.Changes))];
    }
}
