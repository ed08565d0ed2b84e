using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scadenzario.Data.Model;

namespace Scadenzario.Data.Adempimenti;

/// <summary>
/// The acts the morning jobs take, across every ente, chosen by <see cref="ActStates"/>: the
/// digest, the reminders and the escalation only format and address them. Only the offices' own
/// acts are chosen (an act of others is never reminded, overdue or escalated).
/// </summary>
public static class ActSelections
{
    /// <summary>
    /// The digest of the day of <paramref name="clock"/>: each ente's own acts overdue, due today
    /// (or whose window opens today) and in the next seven days, by ente, then due instant.
    /// </summary>
    public static async Task<IReadOnlyList<(string EnteCode, ActItem Item)>> DigestAsync(ScadenzarioDb db, ActClock clock, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        var horizon = clock.Horizon;
        var now = clock.Now;
        var rows = await db.Adempimenti.AsNoTracking()
            .Where(t => t.Status == AdempimentoStatus.DaFare && t.DueDate != null
                && (t.DueAt <= now || t.DueDate <= horizon || t.StartDate == today))
            .Select(ActStates.WithState(clock, (t, state) => new { Task = t, State = state }))
            .Where(r => r.State == ActState.Scaduto || r.State == ActState.Oggi || r.State == ActState.InScadenza
                || (r.Task.StartDate == today && (r.State == ActState.Aperto || r.State == ActState.InScadenza || r.State == ActState.Oggi)))
            .OrderBy(r => r.Task.EnteCode).ThenBy(r => r.Task.DueAt).ThenBy(r => r.Task.Id)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.Task.EnteCode, new ActItem(r.Task, r.State)))];
    }

    /// <summary>
    /// The own acts with a deadline not yet past, due from the day of <paramref name="clock"/> to
    /// <paramref name="lastDay"/>: those the reminders choose from, by due instant.
    /// </summary>
    public static async Task<IReadOnlyList<Adempimento>> ComingAsync(ScadenzarioDb db, ActClock clock, LocalDate lastDay, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        return await db.Adempimenti.AsNoTracking()
            .Where(t => t.Status == AdempimentoStatus.DaFare && t.DueDate >= today && t.DueDate <= lastDay)
            .Where(ActStates.Is(clock, ActViewer.Ente, ActState.Oggi, ActState.InScadenza, ActState.Aperto))
            .Where(ActStates.HasDeadline)
            .OrderBy(t => t.DueLocal).ThenBy(t => t.Id)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The own acts overdue at the instant of <paramref name="clock"/>, by due instant: what the escalation reports.</summary>
    public static async Task<IReadOnlyList<Adempimento>> OverdueAsync(ScadenzarioDb db, ActClock clock, CancellationToken cancellationToken) =>
        await db.Adempimenti.AsNoTracking()
            .Where(ActStates.Overdue(clock))
            .OrderBy(t => t.DueLocal).ThenBy(t => t.Id)
            .ToListAsync(cancellationToken);
}
