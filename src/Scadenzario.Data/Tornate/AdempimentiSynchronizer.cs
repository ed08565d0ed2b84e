using NodaTime;
using Npgsql;
using NpgsqlTypes;
using Scadenzario.Calendars;
using Scadenzario.Calendars.Derivation;
using Scadenzario.Calendars.Rules;
using Scadenzario.Calendars.Time;
using Scadenzario.Data.Model;

namespace Scadenzario.Data.Tornate;

/// <summary>What a synchronisation changed.</summary>
public sealed record SyncResult(int Enti, int Created, int Changed, int Moved, int NoLongerApplicable);

/// <summary>
/// Makes the stored adempimenti of a tornata match what the engine derives now for each ente
/// (its consultations, the voting days, the events recorded): new acts are created, moved dates
/// are logged, acts waiting for an event are dated when it arrives, completions are never
/// undone. Creation, a new consultation, an event, a postponement, a change of the decree's
/// parameters, the alignment to a newer calendar version and the opening of a second-level
/// office all go through here, inside the caller's transaction; <see cref="PreviewAsync"/> says
/// what a run would change without making it. This is the only writer of <c>adempimento</c> rows
/// (creation, dates, not applicable): one column list and one audit vocabulary for every act;
/// the offices only complete and reopen them.
/// Every act of the enti synchronised is stamped with the calendar version it was reconciled
/// with, changed or not: that is how a tornata is known to be aligned with the program's rules.
/// </summary>
internal static class AdempimentiSynchronizer
{
    // What makes a stored adempimento differ from its desired row: one definition, for the update and the preview.
    // The texts compared are those of the rule texts the two rows refer to (ra: stored, rd: desired),
    // so that a newer calendar version with the same words changes nothing an office sees.
    private const string Differs = """
        (a.due_local IS DISTINCT FROM d.due_local OR a.start_date IS DISTINCT FROM d.start_date
         OR a.start_time IS DISTINCT FROM d.start_time OR a.due_time IS DISTINCT FROM d.due_time
         OR ra.title IS DISTINCT FROM rd.title OR ra.legal_basis IS DISTINCT FROM rd.legal_basis
         OR a.waiting_for IS DISTINCT FROM d.waiting_for OR ra.owner IS DISTINCT FROM rd.owner
         OR a.status IS DISTINCT FROM (CASE WHEN a.status = 'completato' THEN 'completato' ELSE d.status END))
        """;

    // The stored and desired rule texts of a pair of rows, for Differs.
    private const string Texts = "JOIN regola ra ON ra.id = a.regola_id JOIN regola rd ON rd.id = d.regola_id";

    // The columns of an act as WriteRow writes them, after the tornata and the creation entry when
    // it writes straight to adempimento.
    private const string RowColumns =
        "ente_code, rule_id, regola_id, start_date, start_time, due_date, due_time, due_local, due_at, offset_days, status, waiting_for, festivo";

    public static async Task<SyncResult> SynchronizeAsync(
        NpgsqlConnection connection,
        CalendarSet calendars,
        Tornata tornata,
        IReadOnlyCollection<string>? enteCodes,
        string actor,
        string reason,
        Instant now,
        CancellationToken cancellationToken)
    {
        var plan = await PlanAsync(connection, calendars, tornata, enteCodes, cancellationToken);
        var creation = new CreationEntry(tornata.Id, actor, reason, now, calendars.Version);

        // An ente with no act yet in the tornata (a new consultation, a national creation) has only new
        // acts: they are copied straight into adempimento while they are derived, with nothing to compare.
        var fresh = await WithoutActsAsync(connection, tornata.Id, plan.Participants, cancellationToken);
        var created = await CreateAsync(connection, plan, [.. plan.Participants.Where(p => fresh.Contains(p.EnteCode))], creation, cancellationToken);

        var stored = plan.Participants.Where(p => !fresh.Contains(p.EnteCode)).ToList();
        if (stored.Count == 0)
        {
            return new SyncResult(plan.Participants.Count, created, 0, 0, 0);
        }

        await PrepareAsync(connection, plan, stored, cancellationToken);
        var result = await ApplyAsync(connection, calendars, tornata, [.. stored.Select(p => p.EnteCode)], creation, actor, reason, now, cancellationToken);
        return result with { Enti = plan.Participants.Count, Created = result.Created + created };
    }

    /// <summary>
    /// <see cref="SynchronizeAsync(NpgsqlConnection, CalendarSet, Tornata, IReadOnlyCollection{string}?, string, string, Instant, CancellationToken)"/>
    /// for a caller that holds only the tornata's id (a second-level office opening). The tornata is
    /// read FOR SHARE: a postponement or a change of parameters running meanwhile updates that row
    /// first, so one of the two waits for the other and the acts are derived from the days that hold.
    /// </summary>
    public static async Task<SyncResult> SynchronizeAsync(
        NpgsqlConnection connection,
        CalendarSet calendars,
        long tornataId,
        IReadOnlyCollection<string>? enteCodes,
        string actor,
        string reason,
        Instant now,
        CancellationToken cancellationToken)
    {
        var tornata = await LoadTornataAsync(connection, tornataId, cancellationToken);
        return await SynchronizeAsync(connection, calendars, tornata, enteCodes, actor, reason, now, cancellationToken);
    }

    /// <summary>
    /// What <see cref="SynchronizeAsync"/> would change, read without writing anything but a
    /// temporary table (and the texts of a calendar version met for the first time): call it inside
    /// a transaction (which the caller may roll back).
    /// </summary>
    public static async Task<TornataChanges> PreviewAsync(
        NpgsqlConnection connection, CalendarSet calendars, Tornata tornata, IReadOnlyCollection<string>? enteCodes, CancellationToken cancellationToken)
    {
        var plan = await PlanAsync(connection, calendars, tornata, enteCodes, cancellationToken);
        await PrepareAsync(connection, plan, plan.Participants, cancellationToken);
        var changes = await DiffAsync(connection, tornata.Id, plan.Codes, cancellationToken);
        await Execute(connection, "DROP TABLE desired", cancellationToken);
        return changes;
    }

    /// <summary>The changes, then the synchronisation that makes them, from one derivation.</summary>
    public static async Task<(SyncResult Result, TornataChanges Changes)> SynchronizeAndDescribeAsync(
        NpgsqlConnection connection, CalendarSet calendars, Tornata tornata, string actor, string reason, Instant now, CancellationToken cancellationToken)
    {
        var plan = await PlanAsync(connection, calendars, tornata, null, cancellationToken);
        await PrepareAsync(connection, plan, plan.Participants, cancellationToken);
        var changes = await DiffAsync(connection, tornata.Id, plan.Codes, cancellationToken);
        var result = await ApplyAsync(connection, calendars, tornata, plan.Codes, new CreationEntry(tornata.Id, actor, reason, now, calendars.Version), actor, reason, now, cancellationToken);
        return (result, changes);
    }

    /// <summary>What a synchronisation derives from: the participants, their events, the rules' texts.</summary>
    private sealed record Plan(CalendarSet Calendars, Tornata Tornata, List<Participant> Participants, Dictionary<string, Dictionary<string, LocalDate>> Events, RuleTexts Texts)
    {
        public string[] Codes => [.. Participants.Select(p => p.EnteCode)];
    }

    private static async Task<Plan> PlanAsync(
        NpgsqlConnection connection, CalendarSet calendars, Tornata tornata, IReadOnlyCollection<string>? enteCodes, CancellationToken cancellationToken)
    {
        var participants = await LoadParticipants(connection, tornata.Id, enteCodes, cancellationToken);
        var events = await LoadEvents(connection, tornata.Id, enteCodes, cancellationToken);
        var texts = await RuleTexts.EnsureAsync(connection, calendars, cancellationToken);
        return new Plan(calendars, tornata, participants, events, texts);
    }

    /// <summary>Every act the participants owe, as the engine derives it now, with what the ballottaggio's acts depend on.</summary>
    private static IEnumerable<(string Ente, Deadline Deadline, bool? Ballottaggio)> Acts(Plan plan, IEnumerable<Participant> participants, CancellationToken cancellationToken)
    {
        var votingDays = plan.Tornata.VotingDays;
        foreach (var participant in participants)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var ownEvents = plan.Events.GetValueOrDefault(participant.EnteCode) ?? [];
            var ballottaggio = ownEvents.ContainsKey(WorkflowEvents.BallottaggioNecessario) ? true
                : ownEvents.ContainsKey(WorkflowEvents.NessunBallottaggio) ? false
                : (bool?)null;
            if (participant.Consultations.Length > 0)
            {
                var calendar = plan.Calendars.Derive(Facts(participant, votingDays, plan.Tornata, ownEvents));
                foreach (var deadline in calendar.Deadlines)
                {
                    yield return (participant.EnteCode, deadline, ballottaggio);
                }
            }

            if (participant.OfficeConsultations.Length > 0)
            {
                // A comune of a second-level office's territory: the vote's calendar is the office's
                // (stored on its ente, a participant), and of it the comune answers only for the acts
                // of its own offices (index.yaml's owner `comune`: the segretario's attestation and
                // changes of the electorate). Derived from the comune's own facts, like any participant's.
                var calendar = plan.Calendars.Derive(Facts(participant with { Consultations = participant.OfficeConsultations }, votingDays, plan.Tornata, ownEvents));
                foreach (var deadline in calendar.Deadlines)
                {
                    if (deadline.Rule.Owner == ActorOwner.Comune && participant.OfficeConsultations.Contains(deadline.Rule.Consultation.Id()))
                    {
                        yield return (participant.EnteCode, deadline, ballottaggio);
                    }
                }
            }
        }
    }

    /// <summary>The participants that have no act yet in the tornata.</summary>
    private static async Task<HashSet<string>> WithoutActsAsync(NpgsqlConnection connection, long tornata, List<Participant> participants, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("""
            SELECT c FROM unnest(@codes) c
            WHERE NOT EXISTS (SELECT 1 FROM adempimento a WHERE a.tornata_id = @tornata AND a.ente_code = c)
            """, connection);
        command.Parameters.AddWithValue("tornata", tornata);
        command.Parameters.AddWithValue("codes", participants.Select(p => p.EnteCode).ToArray());
        var result = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            result.Add(reader.GetString(0));
        }

        return result;
    }

    /// <summary>
    /// Copies the acts of enti that have none yet straight into <c>adempimento</c>, as they are derived
    /// (the database writes while the engine derives), under one creation entry; returns how many.
    /// </summary>
    private static async Task<int> CreateAsync(NpgsqlConnection connection, Plan plan, List<Participant> participants, CreationEntry creation, CancellationToken cancellationToken)
    {
        if (participants.Count == 0)
        {
            return 0;
        }

        var entry = await creation.IdAsync(connection, cancellationToken);

        // The statement's rows are kept for the check of their references at its end (migrations/0026):
        // in memory, not in a temporary file, for the half a million rows of a national creation.
        await Execute(connection, "SET LOCAL work_mem = '256MB'", cancellationToken);
        await using var copy = await connection.BeginBinaryImportAsync($"COPY adempimento (tornata_id, creazione_id, {RowColumns}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var (ente, deadline, ballottaggio) in Acts(plan, participants, cancellationToken))
        {
            WriteRow(copy, ente, deadline, plan.Texts, ballottaggio, plan.Tornata.Id, entry);
        }

        return (int)await copy.CompleteAsync(cancellationToken);
    }

    /// <summary>Derives <paramref name="participants"/>' acts into the temporary table <c>desired</c>.</summary>
    private static async Task PrepareAsync(NpgsqlConnection connection, Plan plan, IEnumerable<Participant> participants, CancellationToken cancellationToken)
    {
        await Execute(connection, """
            CREATE TEMP TABLE desired (
                ente_code text, rule_id text, regola_id integer, start_date date, start_time text, due_date date, due_time text,
                due_local timestamp, due_at timestamptz, offset_days integer, status text, waiting_for text, festivo boolean
            ) ON COMMIT DROP
            """, cancellationToken);

        await using (var copy = await connection.BeginBinaryImportAsync($"COPY desired ({RowColumns}) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var (ente, deadline, ballottaggio) in Acts(plan, participants, cancellationToken))
            {
                WriteRow(copy, ente, deadline, plan.Texts, ballottaggio);
            }

            await copy.CompleteAsync(cancellationToken);
        }

        await Execute(connection, "CREATE INDEX ON desired (ente_code, rule_id); ANALYZE desired", cancellationToken);
    }

    private static async Task<SyncResult> ApplyAsync(
        NpgsqlConnection connection, CalendarSet calendars, Tornata tornata, string[] codes, CreationEntry creation, string actor, string reason, Instant now, CancellationToken cancellationToken)
    {
        var parameters = new Dictionary<string, object>
        {
            ["tornata"] = tornata.Id,
            ["now"] = now,
            ["actor"] = actor,
            ["reason"] = reason,
            ["codes"] = codes,
            ["version"] = calendars.Version,
        };

        var (changed, moved) = await UpdateChangedAsync(connection, parameters, cancellationToken);

        // Before the new acts are inserted, so a national creation does not re-read the rows it just wrote.
        // The state each act leaves is recorded (an act created after 0026 shows its first state from it).
        var gone = await Execute(connection, """
            WITH dropped AS (
                SELECT a.id, a.status FROM adempimento a
                WHERE a.tornata_id = @tornata AND a.ente_code = ANY(@codes)
                  AND a.status NOT IN ('completato', 'non_applicabile')
                  AND NOT EXISTS (SELECT 1 FROM desired d WHERE d.ente_code = a.ente_code AND d.rule_id = a.rule_id)
            ), gone AS (
                UPDATE adempimento a SET status = 'non_applicabile', row_version = a.row_version + 1
                FROM dropped o WHERE a.id = o.id AND a.status NOT IN ('completato', 'non_applicabile')
                RETURNING a.id, o.status AS from_status
            )
            INSERT INTO adempimento_audit (adempimento_id, at, actor, action, from_status, to_status, details)
            SELECT id, @now, @actor, 'non_applicabile', from_status, 'non_applicabile', jsonb_build_object('reason', @reason) FROM gone
            """, cancellationToken, parameters);

        // New acts of enti that have others: one creation entry for the synchronisation (the one its
        // straight copy opened, or a new one if there are new acts), recorded in the same statement.
        var entry = creation.Known;
        var created = await Execute(connection, $"""
            WITH fresh AS (
                SELECT d.* FROM desired d
                WHERE NOT EXISTS (SELECT 1 FROM adempimento a WHERE a.tornata_id = @tornata AND a.ente_code = d.ente_code AND a.rule_id = d.rule_id)
            ), entry AS (
                INSERT INTO adempimento_creazione (tornata_id, at, actor, reason, calendar_version)
                SELECT @tornata, @now, @actor, @reason, @version WHERE @entry::bigint IS NULL AND EXISTS (SELECT 1 FROM fresh)
                RETURNING id
            )
            INSERT INTO adempimento (tornata_id, creazione_id, {RowColumns})
            SELECT @tornata, coalesce(@entry::bigint, (SELECT id FROM entry)), f.* FROM fresh f
            """, cancellationToken, new(parameters) { ["entry"] = (object?)entry ?? DBNull.Value });

        // A completed act that no rule asks for any more keeps its completion (the evidence of what
        // the office did stays true) and its status; the history says once, at the version that
        // dropped the rule, that the act is no longer required.
        await Execute(connection, """
            INSERT INTO adempimento_audit (adempimento_id, at, actor, action, from_status, to_status, details)
            SELECT a.id, @now, @actor, 'aggiornato', 'completato', 'completato',
                   jsonb_build_object('reason', @reason, 'nota', 'la regola non è più prevista dalla versione ' || @version || ' del calendario: il completamento è conservato')
            FROM adempimento a JOIN regola r ON r.id = a.regola_id
            WHERE a.tornata_id = @tornata AND a.ente_code = ANY(@codes) AND a.status = 'completato'
              AND r.calendar_version IS DISTINCT FROM @version
              AND NOT EXISTS (SELECT 1 FROM desired d WHERE d.ente_code = a.ente_code AND d.rule_id = a.rule_id)
            """, cancellationToken, parameters);

        await StampVersionAsync(connection, parameters, cancellationToken);
        await Execute(connection, "DROP TABLE desired", cancellationToken);
        return new SyncResult(codes.Length, created, changed, moved, gone);
    }

    /// <summary>
    /// Every act of these enti has now been reconciled with this version of the rules, also the ones
    /// that did not change: the version of the text an act refers to says which rules it was last
    /// checked against, which is how `tornata sync` knows whether a tornata is aligned. An act whose
    /// words are the same in the new version refers to the new version's text; an act no rule asks
    /// for any more keeps its words, stored under the new version.
    /// </summary>
    private static async Task StampVersionAsync(NpgsqlConnection connection, Dictionary<string, object> parameters, CancellationToken cancellationToken)
    {
        await Execute(connection, """
            UPDATE adempimento a SET regola_id = d.regola_id
            FROM desired d, regola r
            WHERE a.tornata_id = @tornata AND a.ente_code = ANY(@codes)
              AND d.ente_code = a.ente_code AND d.rule_id = a.rule_id AND a.regola_id <> d.regola_id
              -- only texts of another version: the few rule texts are looked at first, so an aligned tornata costs nothing here
              AND r.id = a.regola_id AND r.calendar_version IS DISTINCT FROM @version
            """, cancellationToken, parameters);

        await Execute(connection, """
            WITH dropped AS (
                SELECT a.id, r.rule_id, r.consultation, r.title, r.actor, r.owner, r.kind, r.legal_basis, r.assicurazione_prefetto, r.text_digest
                FROM adempimento a JOIN regola r ON r.id = a.regola_id
                WHERE a.tornata_id = @tornata AND a.ente_code = ANY(@codes) AND r.calendar_version IS DISTINCT FROM @version
                  AND NOT EXISTS (SELECT 1 FROM desired d WHERE d.ente_code = a.ente_code AND d.rule_id = a.rule_id)
            ), kept AS (
                INSERT INTO regola (calendar_version, rule_id, consultation, title, actor, owner, kind, legal_basis, assicurazione_prefetto)
                SELECT DISTINCT @version, rule_id, consultation, title, actor, owner, kind, legal_basis, assicurazione_prefetto FROM dropped
                ON CONFLICT (calendar_version, rule_id, text_digest) DO NOTHING
                RETURNING id, rule_id, text_digest
            )
            UPDATE adempimento a SET regola_id = coalesce(
                (SELECT k.id FROM kept k WHERE k.rule_id = o.rule_id AND k.text_digest = o.text_digest),
                (SELECT r.id FROM regola r WHERE r.calendar_version = @version AND r.rule_id = o.rule_id AND r.text_digest = o.text_digest))
            FROM dropped o WHERE a.id = o.id
            """, cancellationToken, parameters);
    }

    /// <summary>
    /// How many times the update of the changed acts is run before the synchronisation gives up:
    /// each run only meets the acts an office changed between the run's read and its write, so a
    /// second run nearly always finishes; the others are for an office that keeps changing one act.
    /// </summary>
    internal const int MaxUpdateRuns = 5;

    /// <summary>
    /// Brings the acts that differ from <c>desired</c> to it, with their moves and audit, and
    /// returns how many changed and how many moved. Offices complete and reopen acts while a
    /// national move runs: the statement computes each new row from what it read, so it writes
    /// only the rows whose <c>row_version</c> is still the one it read (READ COMMITTED re-checks
    /// the condition on the newest version of a row changed meanwhile). The rows it skipped are
    /// read again by the next run, which keeps a completion made in the meantime; after
    /// <see cref="MaxUpdateRuns"/> runs the whole synchronisation is refused, nothing written.
    /// </summary>
    private static async Task<(int Changed, int Moved)> UpdateChangedAsync(
        NpgsqlConnection connection, Dictionary<string, object> parameters, CancellationToken cancellationToken)
    {
        var (changed, moved) = (0, 0);
        for (var run = 1; ; run++)
        {
            await using var command = new NpgsqlCommand(UpdateChanged, connection) { CommandTimeout = 0 };
            foreach (var (name, value) in parameters)
            {
                command.Parameters.AddWithValue(name, value);
            }

            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                await reader.ReadAsync(cancellationToken);
                var (read, written) = (reader.GetInt64(0), reader.GetInt64(1));
                changed += (int)written;
                moved += (int)reader.GetInt64(2);
                if (read == written)
                {
                    return (changed, moved);
                }

                if (run == MaxUpdateRuns)
                {
                    throw new ConflictException(
                        $"Aggiornamento non eseguito: {read - written} adempimenti sono stati modificati dagli uffici durante l'operazione "
                        + $"anche dopo {MaxUpdateRuns} tentativi. Nulla è stato scritto: ripetere il comando.");
                }
            }
        }
    }

    // One statement: the acts to change as read, the update of those still as read, and the moves and
    // audit of the rows actually written. The last line says how many were read, written and moved.
    private const string UpdateChanged = $"""
        WITH next AS (
            SELECT a.id, a.row_version AS read_version, a.status AS old_status, a.due_local AS old_due,
                   CASE WHEN a.status = 'completato' THEN 'completato' ELSE d.status END AS new_status, d.*
            FROM adempimento a JOIN desired d ON d.ente_code = a.ente_code AND d.rule_id = a.rule_id {Texts}
            WHERE a.tornata_id = @tornata AND a.ente_code = ANY(@codes) AND {Differs}
        ), updated AS (
            UPDATE adempimento a SET
                regola_id = n.regola_id,
                start_date = n.start_date, start_time = n.start_time, due_date = n.due_date, due_time = n.due_time,
                due_local = n.due_local, due_at = n.due_at, offset_days = n.offset_days, status = n.new_status,
                waiting_for = n.waiting_for, festivo = n.festivo, row_version = a.row_version + 1
            FROM next n WHERE a.id = n.id AND a.row_version = n.read_version
            RETURNING a.id
        ), written AS (
            SELECT n.* FROM next n JOIN updated u ON u.id = n.id
        ), moved AS (
            INSERT INTO adempimento_move (adempimento_id, moved_at, from_due_local, to_due_local, reason)
            SELECT w.id, @now, w.old_due, w.due_local, @reason FROM written w
            WHERE w.old_due IS NOT NULL AND w.old_due IS DISTINCT FROM w.due_local
            RETURNING 1
        ), audited AS (
            INSERT INTO adempimento_audit (adempimento_id, at, actor, action, from_status, to_status, details)
            SELECT w.id, @now, @actor,
                   CASE WHEN w.new_status = 'non_applicabile' AND w.old_status <> 'non_applicabile' THEN 'non_applicabile'
                        WHEN w.old_status = 'in_attesa' AND w.new_status = 'da_fare' AND w.old_due IS NULL THEN 'datato'
                        WHEN w.old_status <> w.new_status AND w.new_status = 'da_fare' THEN 'attivato'
                        WHEN w.old_due IS DISTINCT FROM w.due_local THEN 'spostato'
                        ELSE 'aggiornato' END,
                   w.old_status, w.new_status,
                   jsonb_build_object('reason', @reason, 'from', w.old_due, 'to', w.due_local)
            FROM written w
            RETURNING 1
        )
        SELECT (SELECT count(*) FROM next), (SELECT count(*) FROM updated), (SELECT count(*) FROM moved), (SELECT count(*) FROM audited)
        """;

    /// <summary>The difference between the stored adempimenti and <c>desired</c>, ente by ente.</summary>
    private static async Task<TornataChanges> DiffAsync(NpgsqlConnection connection, long tornata, string[] codes, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand($"""
            WITH changes AS (
                SELECT d.ente_code, d.rule_id, rd.title, 'added' AS kind, NULL::date AS from_date, NULL::text AS from_time,
                       d.due_date AS to_date, d.due_time AS to_time, false AS completed
                FROM desired d JOIN regola rd ON rd.id = d.regola_id
                WHERE NOT EXISTS (SELECT 1 FROM adempimento a WHERE a.tornata_id = @tornata AND a.ente_code = d.ente_code AND a.rule_id = d.rule_id)
                UNION ALL
                SELECT a.ente_code, a.rule_id, rd.title,
                       CASE WHEN a.due_local IS NOT NULL AND a.due_local IS DISTINCT FROM d.due_local THEN 'moved' ELSE 'updated' END,
                       a.due_date, a.due_time, d.due_date, d.due_time, a.status = 'completato'
                FROM adempimento a JOIN desired d ON d.ente_code = a.ente_code AND d.rule_id = a.rule_id {Texts}
                WHERE a.tornata_id = @tornata AND a.ente_code = ANY(@codes) AND {Differs}
                UNION ALL
                SELECT a.ente_code, a.rule_id, ra.title, 'dropped', a.due_date, a.due_time, NULL, NULL, a.status = 'completato'
                FROM adempimento a JOIN regola ra ON ra.id = a.regola_id
                WHERE a.tornata_id = @tornata AND a.ente_code = ANY(@codes) AND a.status <> 'non_applicabile'
                  AND NOT EXISTS (SELECT 1 FROM desired d WHERE d.ente_code = a.ente_code AND d.rule_id = a.rule_id)
            )
            SELECT c.ente_code, e.name, c.rule_id, c.title, c.kind, c.from_date, c.from_time, c.to_date, c.to_time, c.completed
            FROM changes c JOIN ente e ON e.code = c.ente_code
            ORDER BY e.name COLLATE "C", c.ente_code, coalesce(c.to_date, c.from_date) NULLS LAST, c.rule_id
            """, connection) { CommandTimeout = 0 };
        command.Parameters.AddWithValue("tornata", tornata);
        command.Parameters.AddWithValue("codes", codes);
        var rows = new List<(string Code, string Name, TaskChange Change)>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var kind = reader.GetString(4) switch
                {
                    "added" => TaskChangeKind.Added,
                    "moved" => TaskChangeKind.Moved,
                    "updated" => TaskChangeKind.Updated,
                    _ => TaskChangeKind.Dropped,
                };
                rows.Add((reader.GetString(0), reader.GetString(1), new TaskChange(
                    reader.GetString(2), reader.GetString(3), kind,
                    reader.IsDBNull(5) ? null : reader.GetFieldValue<LocalDate>(5), reader.IsDBNull(6) ? null : reader.GetString(6),
                    reader.IsDBNull(7) ? null : reader.GetFieldValue<LocalDate>(7), reader.IsDBNull(8) ? null : reader.GetString(8),
                    reader.GetBoolean(9))));
            }
        }

        return new TornataChanges([.. rows.GroupBy(r => (r.Code, r.Name)).Select(g => new EnteChanges(g.Key.Code, g.Key.Name, [.. g.Select(r => r.Change)]))]);
    }

    internal static ElectionFacts Facts(Participant participant, VotingDays votingDays, Tornata tornata, Dictionary<string, LocalDate> events)
    {
        var consultations = participant.Consultations
            .Select(c => ConsultationTypes.TryParse(c, out var type) ? type : throw new InvalidOperationException($"consultation {c}"))
            .ToList();
        LocalDate? ballottaggio = events.TryGetValue(WorkflowEvents.BallottaggioNecessario, out var day) ? day : tornata.BallottaggioDay;
        return new ElectionFacts
        {
            VotingDays = votingDays,
            Consultations = consultations,
            Population = Math.Max(1, participant.Population),
            Region = participant.Region,
            SpecialStatute = participant.SpecialStatute,
            Province = participant.Province,
            Capoluogo = participant.Capoluogo,
            Parameters = tornata.Parameters,
            Ballottaggio = consultations.Contains(ConsultationType.Comunali) ? ballottaggio : null,
            Events = events.Where(e => !WorkflowEvents.IsWorkflowEvent(e.Key)).ToDictionary(),
        };
    }

    /// <summary>
    /// The status an act should have now: waiting while its event is unknown; the ballottaggio's acts
    /// wait until the office records whether it is held.
    /// </summary>
    private static (string Status, WaitingFor? WaitingFor) StatusOf(Deadline deadline, bool? ballottaggioHeld)
    {
        // The outcome of the first round comes first: without a ballottaggio its acts never fall due,
        // and until the office records it nothing else they wait for matters.
        if (deadline.Rule.Consultation == ConsultationType.Ballottaggio && ballottaggioHeld != true)
        {
            return ballottaggioHeld == false
                ? (AdempimentoStatus.NonApplicabile.Id(), null)
                : (AdempimentoStatus.InAttesa.Id(), WaitingFor.Event(WorkflowEvents.BallottaggioNecessario));
        }

        if (deadline.Pending)
        {
            var point = deadline.Variant.End;
            return (AdempimentoStatus.InAttesa.Id(), point.Anchor == AnchorKind.Event ? WaitingFor.Event(point.Target!) : WaitingFor.Rule(point.Target!));
        }

        return (AdempimentoStatus.DaFare.Id(), null);
    }

    /// <summary>
    /// One act as the synchronizer writes it, to <c>desired</c> or straight to <c>adempimento</c>
    /// (<see cref="RowColumns"/>, in this order). Written synchronously: a national tornata is some
    /// ten million fields, and the importer buffers them, so an await per field would cost more than
    /// the copy itself.
    /// </summary>
    private static string WriteRow(NpgsqlBinaryImporter copy, string ente, Deadline deadline, RuleTexts texts, bool? ballottaggio, long? tornata = null, long? creazione = null)
    {
        var (status, waitingFor) = StatusOf(deadline, ballottaggio);
        copy.StartRow();
        if (tornata is { } id)
        {
            copy.Write(id, NpgsqlDbType.Bigint);
            copy.Write(creazione!.Value, NpgsqlDbType.Bigint);
        }

        copy.Write(ente, NpgsqlDbType.Text);
        copy.Write(deadline.Rule.Id, NpgsqlDbType.Text);
        copy.Write(texts.IdOf(deadline), NpgsqlDbType.Integer);
        WriteNullable(copy, deadline.StartDate, NpgsqlDbType.Date);
        WriteNullable(copy, deadline.StartTime?.ToString(), NpgsqlDbType.Text);
        WriteNullable(copy, deadline.Date, NpgsqlDbType.Date);
        WriteNullable(copy, deadline.Time?.ToString(), NpgsqlDbType.Text);
        WriteNullable(copy, deadline.DueLocal, NpgsqlDbType.Timestamp);
        WriteNullable(copy, deadline.DueLocal is { } local ? RomeTime.ToInstant(local) : (Instant?)null, NpgsqlDbType.TimestampTz);
        WriteNullable(copy, deadline.OffsetDays, NpgsqlDbType.Integer);
        copy.Write(status, NpgsqlDbType.Text);
        WriteNullable(copy, waitingFor?.Code, NpgsqlDbType.Text);
        copy.Write(deadline.Flags.HasFlag(DeadlineFlags.Festivo), NpgsqlDbType.Boolean);
        return status;
    }

    private static void WriteNullable<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type)
    {
        if (value is null)
        {
            copy.WriteNull();
        }
        else
        {
            copy.Write(value, type);
        }
    }

    /// <summary>
    /// The enti whose acts the tornata holds: those voting in it (<c>tornata_ente</c>) and the comuni of
    /// the territory of each second-level office opened in it (<c>sg_comune</c>), with their own facts.
    /// </summary>
    internal static async Task<List<Participant>> LoadParticipants(NpgsqlConnection connection, long tornata, IReadOnlyCollection<string>? codes, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("""
            WITH voting AS (
                SELECT ente_code, consultations FROM tornata_ente WHERE tornata_id = @tornata
            ), territory AS (
                SELECT c.comune_code AS ente_code, array_agg(DISTINCT u.consultation ORDER BY u.consultation) AS consultations
                FROM sg_ufficio u JOIN sg_comune c ON c.ufficio_id = u.id
                WHERE u.tornata_id = @tornata
                GROUP BY c.comune_code
            )
            SELECT e.code, coalesce(v.consultations, '{}'), coalesce(t.consultations, '{}'), coalesce(e.population, 0), e.region_name, e.special_statute,
                   coalesce(e.province_code, CASE WHEN e.kind <> 'comune' THEN e.code END), e.capoluogo
            FROM voting v FULL JOIN territory t ON t.ente_code = v.ente_code
            JOIN ente e ON e.code = coalesce(v.ente_code, t.ente_code)
            WHERE @codes::text[] IS NULL OR e.code = ANY(@codes)
            ORDER BY e.code
            """, connection);
        command.Parameters.AddWithValue("tornata", tornata);
        command.Parameters.Add(new NpgsqlParameter("codes", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = (object?)codes?.ToArray() ?? DBNull.Value });
        var result = new List<Participant>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            result.Add(new Participant(reader.GetString(0), reader.GetFieldValue<string[]>(1), reader.GetFieldValue<string[]>(2), reader.GetInt32(3), reader.GetString(4),
                reader.GetBoolean(5), reader.IsDBNull(6) ? null : reader.GetString(6), reader.GetBoolean(7)));
        }

        return result;
    }

    private static async Task<Tornata> LoadTornataAsync(NpgsqlConnection connection, long tornataId, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            "SELECT name, voting_days, ballottaggio_day, parametri::text, created_at FROM tornata WHERE id = @id FOR SHARE", connection);
        command.Parameters.AddWithValue("id", tornataId);
        await using var reader = await command.ExecuteReaderAsync(ct);
        if (!await reader.ReadAsync(ct))
        {
            throw new NotFoundException($"Tornata {tornataId} inesistente.");
        }

        return new Tornata
        {
            Id = tornataId,
            Name = reader.GetString(0),
            VotingDays = [.. reader.GetFieldValue<LocalDate[]>(1)],
            BallottaggioDay = reader.IsDBNull(2) ? null : reader.GetFieldValue<LocalDate>(2),
            Parameters = TornataParameters.FromJson(reader.GetString(3)),
            CreatedAt = reader.GetFieldValue<Instant>(4),
        };
    }

    private static async Task<Dictionary<string, Dictionary<string, LocalDate>>> LoadEvents(NpgsqlConnection connection, long tornata, IReadOnlyCollection<string>? codes, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("""
            SELECT ente_code, event, day FROM ente_event
            WHERE tornata_id = @tornata AND (@codes::text[] IS NULL OR ente_code = ANY(@codes))
            """, connection);
        command.Parameters.AddWithValue("tornata", tornata);
        command.Parameters.Add(new NpgsqlParameter("codes", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = (object?)codes?.ToArray() ?? DBNull.Value });
        var result = new Dictionary<string, Dictionary<string, LocalDate>>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var ente = reader.GetString(0);
            if (!result.TryGetValue(ente, out var own))
            {
                result[ente] = own = [];
            }

            own[reader.GetString(1)] = reader.GetFieldValue<LocalDate>(2);
        }

        return result;
    }

    private static async Task<int> Execute(NpgsqlConnection connection, string sql, CancellationToken ct, Dictionary<string, object>? parameters = null)
    {
        // A national tornata writes over a million rows in one statement: on a busy server that
        // takes longer than the driver's default 30 s, and the caller's token is the way to stop it.
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        foreach (var (name, value) in parameters ?? [])
        {
            command.Parameters.AddWithValue(name, value);
        }

        return await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>
    /// An ente of the tornata: <c>Consultations</c> are those it votes in (every act derived);
    /// <c>OfficeConsultations</c>, for a comune of a second-level office's territory, the office's
    /// (only the comune's own acts derived). <c>Province</c> is the sigla of its province, or its own
    /// for a province or metropolitan city.
    /// </summary>
    internal sealed record Participant(
        string EnteCode, string[] Consultations, string[] OfficeConsultations, int Population, string Region, bool SpecialStatute, string? Province, bool Capoluogo);
}
