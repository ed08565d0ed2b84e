using NodaTime;
using Npgsql;
using Scadenzario.Calendars.Time;
using Scadenzario.Data;
using Scadenzario.Data.Adempimenti;
using Scadenzario.Data.Recipients;
using Scadenzario.Jobs.Composition;
using Scadenzario.Jobs.Outbox;
using Scadenzario.Jobs.Reminders;

namespace Scadenzario.Jobs.Digest;

/// <summary>
/// The morning digest, the one message of a person's morning: for the day of an instant in Rome,
/// every open act of the office due that day, opening that day, overdue, or due in the next seven
/// days, with that day's reminders marked in it (<see cref="ReminderPolicy"/>: 3 days before, the
/// day before, the day itself), grouped by ente and then by person, so that one segretario serving
/// many comuni gets one message with a section per comune. The prefettura's own acts are in the
/// digest of the prefettura's people. An ente with nothing to say produces nothing. Who receives is
/// <see cref="RecipientBook"/>'s (kind <see cref="NotificationKind.Riepilogo"/>). The messages go to
/// the outbox in one transaction, keyed by recipient and day: the digest of a day is written once
/// however often the job runs. What cannot wait for the next digest is <see cref="UrgentNotices"/>'.
/// </summary>
public sealed class DailyDigest(NpgsqlDataSource dataSource, Actors actors, ReminderPolicy policy, JobsOptions options)
{
    /// <summary>When the digest runs each day, in Rome (the scheduler's cron is built from it).</summary>
    public static readonly LocalTime RunsAt = new(7, 30);

    /// <summary>The latest digest run at or before <paramref name="at"/>.</summary>
    public static Instant LastRun(Instant at)
    {
        var local = RomeTime.InRome(at);
        var day = local.TimeOfDay >= RunsAt ? local.Date : local.Date.PlusDays(-1);
        return RomeTime.ToInstant(day.At(RunsAt));
    }

    /// <summary>The first digest run after <paramref name="at"/>.</summary>
    public static Instant NextRun(Instant at) => RomeTime.ToInstant(RomeTime.InRome(LastRun(at)).Date.PlusDays(1).At(RunsAt));

    public async Task<int> EnqueueAsync(Instant at, CancellationToken cancellationToken)
    {
        var day = at.InZone(RomeTime.Zone).Date;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var digests = await PlanAsync(connection, transaction, day, cancellationToken);
        var messages = Compose(digests, options);
        var inserted = await OutboxWriter.EnqueueAsync(connection, transaction, messages, at, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return inserted;
    }

    /// <summary>Composes each digest; pure, and parallel because at national scale it is thousands of messages.</summary>
    public static IReadOnlyList<OutboxMessage> Compose(IReadOnlyList<DigestMail> digests, JobsOptions options) =>
        digests.AsParallel().AsOrdered()
            .Select(d => new OutboxMessage(null, d.Recipient, MessageKinds.Digest, $"giorno:{d.Day:yyyy-MM-dd}", DigestComposer.Compose(d, options)))
            .ToList();

    public async Task<IReadOnlyList<DigestMail>> PlanAsync(LocalDate day, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await PlanAsync(connection, null, day, cancellationToken);
    }

    private async Task<IReadOnlyList<DigestMail>> PlanAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, LocalDate day, CancellationToken cancellationToken)
    {
        // The states at the start of the day: the digest of a day says the same whenever it is composed.
        var clock = new ActClock(RomeTime.ToInstant(day.AtMidnight()), day);
        var byEnte = new Dictionary<string, (List<DigestEntry> Today, List<DigestEntry> Overdue, List<DigestEntry> Upcoming)>();
        var byPrefettura = new Dictionary<string, (List<PrefetturaEntry> Today, List<PrefetturaEntry> Overdue, List<PrefetturaEntry> Upcoming)>();
        await using (var db = ScadenzarioDb.Create(connection, transaction))
        {
            foreach (var (ente, item) in await ActSelections.DigestAsync(db, clock, cancellationToken))
            {
                if (!byEnte.TryGetValue(ente, out var lists))
                {
                    byEnte[ente] = lists = ([], [], []);
                }

                var entry = new DigestEntry(TaskQueries.Item(item.Task, actors), ReminderDays(item.Task.RuleId, item.Task.Kind, item.State, item.Task.DueDate, day));
                (item.State == ActState.Scaduto ? lists.Overdue
                    : item.State == ActState.Oggi || item.Task.StartDate == day ? lists.Today
                    : lists.Upcoming).Add(entry);
            }

            // A rule reminded further ahead than the digest looks: its reminder is listed with the week's acts.
            if (policy.MaxOffset > ActStates.NextDays)
            {
                foreach (var act in await ActSelections.ComingAsync(db, clock, day.PlusDays(policy.MaxOffset), cancellationToken))
                {
                    if (act.DueDate > clock.Horizon && ReminderDays(act.RuleId, act.Kind, ActState.Aperto, act.DueDate, day) is { } days)
                    {
                        if (!byEnte.TryGetValue(act.EnteCode, out var lists))
                        {
                            byEnte[act.EnteCode] = lists = ([], [], []);
                        }

                        lists.Upcoming.Add(new DigestEntry(TaskQueries.Item(act, actors), days));
                    }
                }
            }

            foreach (var act in await ActSelections.PrefetturaDigestAsync(db, clock, cancellationToken))
            {
                if (!byPrefettura.TryGetValue(act.PrefetturaCode, out var lists))
                {
                    byPrefettura[act.PrefetturaCode] = lists = ([], [], []);
                }

                var task = new TaskItem(0, act.Title, "Prefettura", Calendars.Rules.RuleKinds.Id(act.Kind), act.LegalBasis, null, null, act.DueDate, act.DueTime);
                var entry = new PrefetturaEntry(task, act.Comuni, ReminderDays(act.RuleId, act.Kind, act.State, act.DueDate, day));
                (act.State == ActState.Scaduto ? lists.Overdue : act.State == ActState.Oggi ? lists.Today : lists.Upcoming).Add(entry);
            }
        }

        var enti = await TaskQueries.EntiAsync(connection, transaction, byEnte.Keys, cancellationToken);
        var book = await RecipientBook.LoadAsync(connection, transaction, byEnte.Keys, cancellationToken);
        var byRecipient = new Dictionary<string, (string Address, List<DigestSection> Sections, List<PrefetturaSection> Prefetture)>();
        (string Address, List<DigestSection> Sections, List<PrefetturaSection> Prefetture) Entry(string address)
        {
            var key = TaskQueries.Key(address);
            if (!byRecipient.TryGetValue(key, out var entry))
            {
                byRecipient[key] = entry = (address, [], []);
            }

            return entry;
        }

        foreach (var (code, lists) in byEnte)
        {
            if (!enti.TryGetValue(code, out var ente))
            {
                continue;
            }

            var section = new DigestSection(ente.Ente, lists.Today, lists.Overdue, lists.Upcoming);
            foreach (var address in book.ForEnte(code, NotificationKind.Riepilogo))
            {
                Entry(address).Sections.Add(section);
            }
        }

        foreach (var (code, lists) in byPrefettura)
        {
            var section = new PrefetturaSection(book.PrefetturaName(code) ?? code, book.ProvinceOf(code), lists.Today, lists.Overdue, lists.Upcoming);
            foreach (var address in book.ForPrefettura(code, NotificationKind.Riepilogo))
            {
                Entry(address).Prefetture.Add(section);
            }
        }

        return [.. byRecipient.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => new DigestMail(
            r.Value.Address,
            day,
            [.. r.Value.Sections.OrderBy(s => s.Ente.Name, TaskQueries.ItalianOrder).ThenBy(s => s.Ente.Code, StringComparer.Ordinal)])
        {
            Prefetture = [.. r.Value.Prefetture.OrderBy(p => p.Prefettura, TaskQueries.ItalianOrder)],
        })];
    }

    // Today is one of the act's reminder days when it is a deadline still ahead (or due today) and the
    // days left are one of its rule's offsets: the same choice the separate reminders made.
    private int? ReminderDays(string ruleId, Calendars.Rules.RuleKind kind, ActState state, LocalDate? due, LocalDate day)
    {
        if (due is not { } dueDate || state is not (ActState.Oggi or ActState.InScadenza or ActState.Aperto)
            || kind is not (Calendars.Rules.RuleKind.Scadenza or Calendars.Rules.RuleKind.Periodo))
        {
            return null;
        }

        var days = Period.Between(day, dueDate, PeriodUnits.Days).Days;
        return policy.OffsetsFor(ruleId).Contains(days) ? days : null;
    }
}
