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

    /// <summary>
    /// The prefettura's own acts for the comuni of its provinces (<see cref="ActViewer.Prefettura"/>)
    /// overdue, due today or in the next seven days at <paramref name="clock"/>: what its digest
    /// lists, one row per prefettura, act and due instant, with how many comuni it concerns (the same
    /// act is the prefettura's once per comune: a digest of Torino would otherwise list it 312 times).
    /// </summary>
    public static async Task<IReadOnlyList<PrefetturaDigestAct>> PrefetturaDigestAsync(ScadenzarioDb db, ActClock clock, CancellationToken cancellationToken)
    {
        var now = clock.Now;
        var horizon = clock.Horizon;
        var rows = await db.Adempimenti.AsNoTracking()
            .Where(t => t.Status == AdempimentoStatus.DaFare && t.Owner == Calendars.Rules.ActorOwner.Prefettura && (t.DueAt <= now || t.DueDate <= horizon))
            .Where(ActStates.Is(clock, ActViewer.Prefettura, ActState.Scaduto, ActState.Oggi, ActState.InScadenza))
            .Select(ActStates.WithState(clock, (t, state) => new { t.EnteCode, t.RuleId, t.Title, t.Kind, t.LegalBasis, t.DueDate, t.DueTime, t.DueAt, State = state }, ActViewer.Prefettura))
            .Join(db.Enti.Where(e => e.PrefetturaCode != null), r => r.EnteCode, e => e.Code, (r, e) => new { r, e.PrefetturaCode })
            .GroupBy(x => new { x.PrefetturaCode, x.r.RuleId, x.r.Title, x.r.Kind, x.r.LegalBasis, x.r.DueDate, x.r.DueTime, x.r.DueAt, x.r.State })
            .Select(g => new { g.Key, Comuni = g.Select(x => x.r.EnteCode).Distinct().Count() })
            .ToListAsync(cancellationToken);
        return [.. rows
            .Select(r => new PrefetturaDigestAct(r.Key.PrefetturaCode!, r.Key.RuleId, r.Key.Title, r.Key.Kind, r.Key.LegalBasis, r.Key.DueDate!.Value, r.Key.DueTime, r.Key.State, r.Comuni))
            .OrderBy(a => a.PrefetturaCode, StringComparer.Ordinal).ThenBy(a => a.DueDate).ThenBy(a => a.DueTime?.MinuteOfDay).ThenBy(a => a.Title, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The own acts that cannot wait for the next digest: open deadlines due after the instant of
    /// <paramref name="clock"/> and no later than <paramref name="nextDigest"/>, which became what they
    /// are (created, dated, moved, reopened, activated) after <paramref name="lastDigest"/> was
    /// composed, so that no digest carried them; by due instant.
    /// </summary>
    public static async Task<IReadOnlyList<Adempimento>> UrgentAsync(ScadenzarioDb db, ActClock clock, Instant lastDigest, Instant nextDigest, CancellationToken cancellationToken)
    {
        var now = clock.Now;
        AuditAction[] changes = [AuditAction.Creato, AuditAction.Datato, AuditAction.Spostato, AuditAction.Riaperto, AuditAction.Attivato, AuditAction.Aggiornato];
        return await db.Adempimenti.AsNoTracking()
            .Where(t => t.Status == AdempimentoStatus.DaFare && t.DueAt > now && t.DueAt <= nextDigest)
            .Where(ActStates.Is(clock, ActViewer.Ente, ActState.Oggi, ActState.InScadenza, ActState.Aperto))
            .Where(ActStates.HasDeadline)
            .Where(t => db.Audit.Any(a => a.AdempimentoId == t.Id && a.At > lastDigest && changes.Contains(a.Action)))
            .OrderBy(t => t.DueAt).ThenBy(t => t.Id)
            .ToListAsync(cancellationToken);
    }
}

/// <summary>One of a prefettura's own acts in its digest: the act on its day, its state for the prefettura, and for how many comuni.</summary>
public sealed record PrefetturaDigestAct(
    string PrefetturaCode, string RuleId, string Title, Calendars.Rules.RuleKind Kind, string LegalBasis, LocalDate DueDate, Calendars.Rules.ClockTime? DueTime, ActState State, int Comuni);
