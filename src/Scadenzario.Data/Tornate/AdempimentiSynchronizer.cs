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
    private const string Differs = """
        (a.due_local IS DISTINCT FROM d.due_local OR a.start_date IS DISTINCT FROM d.start_date
         OR a.start_time IS DISTINCT FROM d.start_time OR a.due_time IS DISTINCT FROM d.due_time
         OR a.title IS DISTINCT FROM d.title OR a.legal_basis IS DISTINCT FROM d.legal_basis
         OR a.waiting_for IS DISTINCT FROM d.waiting_for OR a.owner IS DISTINCT FROM d.owner
         OR a.status IS DISTINCT FROM (CASE WHEN a.status = 'completato' THEN 'completato' ELSE d.status END))
        """;

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
        var codes = await PrepareAsync(connection, calendars, tornata, enteCodes, cancellationToken);
        return await ApplyAsync(connection, calendars, tornata, codes, actor, reason, now, cancellationToken);
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
    /// temporary table: call it inside a transaction (which the caller may roll back).
    /// </summary>
    public static async Task<TornataChanges> PreviewAsync(
        NpgsqlConnection connection, CalendarSet calendars, Tornata tornata, IReadOnlyCollection<string>? enteCodes, CancellationToken cancellationToken)
    {
        var codes = await PrepareAsync(connection, calendars, tornata, enteCodes, cancellationToken);
        var changes = await DiffAsync(connection, tornata.Id, codes, cancellationToken);
        await Execute(connection, "DROP TABLE desired", cancellationToken);
        return changes;
    }

    /// <summary>The changes, then the synchronisation that makes them, from one derivation.</summary>
    public static async Task<(SyncResult Result, TornataChanges Changes)> SynchronizeAndDescribeAsync(
        NpgsqlConnection connection, CalendarSet calendars, Tornata tornata, string actor, string reason, Instant now, CancellationToken cancellationToken)
    {
        var codes = await PrepareAsync(connection, calendars, tornata, null, cancellationToken);
        var changes = await DiffAsync(connection, tornata.Id, codes, cancellationToken);
        var result = await ApplyAsync(connection, calendars, tornata, codes, actor, reason, now, cancellationToken);
        return (result, changes);
    }

    /// <summary>Derives every participant's calendar into the temporary table <c>desired</c>; returns the enti derived.</summary>
    private static async Task<string[]> PrepareAsync(
        NpgsqlConnection connection, CalendarSet calendars, Tornata tornata, IReadOnlyCollection<string>? enteCodes, CancellationToken cancellationToken)
    {
        var participants = await LoadParticipants(connection, tornata.Id, enteCodes, cancellationToken);
        var events = await LoadEvents(connection, tornata.Id, enteCodes, cancellationToken);
        var votingDays = tornata.VotingDays;

        await Execute(connection, """
            CREATE TEMP TABLE desired (
                ente_code text, rule_id text, consultation text, title text, actor text, kind text, legal_basis text,
                start_date date, start_time text, due_date date, due_time text, due_local timestamp, due_at timestamptz,
                offset_days integer, status text, waiting_for text, assicurazione_prefetto boolean, festivo boolean,
                calendar_version text, owner text
            ) ON COMMIT DROP
            """, cancellationToken);

        await using (var copy = await connection.BeginBinaryImportAsync("COPY desired FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var participant in participants)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var ownEvents = events.GetValueOrDefault(participant.EnteCode) ?? [];
                var ballottaggio = ownEvents.ContainsKey(WorkflowEvents.BallottaggioNecessario) ? true
                    : ownEvents.ContainsKey(WorkflowEvents.NessunBallottaggio) ? false
                    : (bool?)null;
                if (participant.Consultations.Length > 0)
                {
                    var calendar = calendars.Derive(Facts(participant, votingDays, tornata, ownEvents));
                    foreach (var deadline in calendar.Deadlines)
                    {
                        WriteRow(copy, participant.EnteCode, deadline, calendar.CalendarVersion, ballottaggio);
                    }
                }

                if (participant.OfficeConsultations.Length > 0)
                {
                    // A comune of a second-level office's territory: the vote's calendar is the office's
                    // (stored on its ente, a participant), and of it the comune answers only for the acts
                    // of its own offices (index.yaml's owner `comune`: the segretario's attestation and
                    // changes of the electorate). Derived from the comune's own facts, like any participant's.
                    var calendar = calendars.Derive(Facts(participant with { Consultations = participant.OfficeConsultations }, votingDays, tornata, ownEvents));
                    foreach (var deadline in calendar.Deadlines)
                    {
                        if (deadline.Rule.Owner == ActorOwner.Comune && participant.OfficeConsultations.Contains(deadline.Rule.Consultation.Id()))
                        {
                            WriteRow(copy, participant.EnteCode, deadline, calendar.CalendarVersion, ballottaggio);
                        }
                    }
                }
            }

            await copy.CompleteAsync(cancellationToken);
        }

        await Execute(connection, "CREATE INDEX ON desired (ente_code, rule_id); ANALYZE desired", cancellationToken);
        return [.. participants.Select(p => p.EnteCode)];
    }

    private static async Task<SyncResult> ApplyAsync(
        NpgsqlConnection connection, CalendarSet calendars, Tornata tornata, string[] codes, string actor, string reason, Instant now, CancellationToken cancellationToken)
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
        var gone = await Execute(connection, """
            WITH gone AS (
                UPDATE adempimento a SET status = 'non_applicabile', row_version = a.row_version + 1
                WHERE a.tornata_id = @tornata AND a.ente_code = ANY(@codes)
                  AND a.status NOT IN ('completato', 'non_applicabile')
                  AND NOT EXISTS (SELECT 1 FROM desired d WHERE d.ente_code = a.ente_code AND d.rule_id = a.rule_id)
                RETURNING a.id, a.status
            )
            INSERT INTO adempimento_audit (adempimento_id, at, actor, action, from_status, to_status, details)
            SELECT id, @now, @actor, 'non_applicabile', NULL, 'non_applicabile', jsonb_build_object('reason', @reason) FROM gone
            """, cancellationToken, parameters);

        var created = await Execute(connection, """
            WITH inserted AS (
                INSERT INTO adempimento (tornata_id, ente_code, rule_id, consultation, title, actor, kind, legal_basis,
                    start_date, start_time, due_date, due_time, due_local, due_at, offset_days, status, waiting_for,
                    assicurazione_prefetto, festivo, calendar_version, owner)
                SELECT @tornata, d.ente_code, d.rule_id, d.consultation, d.title, d.actor, d.kind, d.legal_basis,
                    d.start_date, d.start_time, d.due_date, d.due_time, d.due_local, d.due_at, d.offset_days, d.status, d.waiting_for,
                    d.assicurazione_prefetto, d.festivo, d.calendar_version, d.owner
                FROM desired d
                WHERE NOT EXISTS (SELECT 1 FROM adempimento a WHERE a.tornata_id = @tornata AND a.ente_code = d.ente_code AND a.rule_id = d.rule_id)
                RETURNING id, status
            )
            INSERT INTO adempimento_audit (adempimento_id, at, actor, action, from_status, to_status, details)
            SELECT id, @now, @actor, 'creato', NULL, status, jsonb_build_object('reason', @reason) FROM inserted
            """, cancellationToken, parameters);

        // A completed act that no rule asks for any more keeps its completion (the evidence of what
        // the office did stays true) and its status; the history says once, at the version that
        // dropped the rule, that the act is no longer required.
        await Execute(connection, """
            INSERT INTO adempimento_audit (adempimento_id, at, actor, action, from_status, to_status, details)
            SELECT a.id, @now, @actor, 'aggiornato', 'completato', 'completato',
                   jsonb_build_object('reason', @reason, 'nota', 'la regola non è più prevista dalla versione ' || @version || ' del calendario: il completamento è conservato')
            FROM adempimento a
            WHERE a.tornata_id = @tornata AND a.ente_code = ANY(@codes) AND a.status = 'completato'
              AND a.calendar_version IS DISTINCT FROM @version
              AND NOT EXISTS (SELECT 1 FROM desired d WHERE d.ente_code = a.ente_code AND d.rule_id = a.rule_id)
            """, cancellationToken, parameters);

        // Every act of these enti has now been reconciled with this version of the rules, also the
        // ones that did not change: calendar_version says which rules a task was last checked against,
        // which is how `tornata sync` knows whether a tornata is aligned.
        await Execute(connection, """
            UPDATE adempimento SET calendar_version = @version
            WHERE tornata_id = @tornata AND ente_code = ANY(@codes) AND calendar_version IS DISTINCT FROM @version
            """, cancellationToken, parameters);

        await Execute(connection, "DROP TABLE desired", cancellationToken);
        return new SyncResult(codes.Length, created, changed, moved, gone);
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
            FROM adempimento a JOIN desired d ON d.ente_code = a.ente_code AND d.rule_id = a.rule_id
            WHERE a.tornata_id = @tornata AND a.ente_code = ANY(@codes) AND {Differs}
        ), updated AS (
            UPDATE adempimento a SET
                title = n.title, actor = n.actor, kind = n.kind, legal_basis = n.legal_basis,
                start_date = n.start_date, start_time = n.start_time, due_date = n.due_date, due_time = n.due_time,
                due_local = n.due_local, due_at = n.due_at, offset_days = n.offset_days, status = n.new_status,
                waiting_for = n.waiting_for, assicurazione_prefetto = n.assicurazione_prefetto, festivo = n.festivo,
                calendar_version = n.calendar_version, owner = n.owner, row_version = a.row_version + 1
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
                SELECT d.ente_code, d.rule_id, d.title, 'added' AS kind, NULL::date AS from_date, NULL::text AS from_time,
                       d.due_date AS to_date, d.due_time AS to_time, false AS completed
                FROM desired d
                WHERE NOT EXISTS (SELECT 1 FROM adempimento a WHERE a.tornata_id = @tornata AND a.ente_code = d.ente_code AND a.rule_id = d.rule_id)
                UNION ALL
                SELECT a.ente_code, a.rule_id, d.title,
                       CASE WHEN a.due_local IS NOT NULL AND a.due_local IS DISTINCT FROM d.due_local THEN 'moved' ELSE 'updated' END,
                       a.due_date, a.due_time, d.due_date, d.due_time, a.status = 'completato'
                FROM adempimento a JOIN desired d ON d.ente_code = a.ente_code AND d.rule_id = a.rule_id
                WHERE a.tornata_id = @tornata AND a.ente_code = ANY(@codes) AND {Differs}
                UNION ALL
                SELECT a.ente_code, a.rule_id, a.title, 'dropped', a.due_date, a.due_time, NULL, NULL, a.status = 'completato'
                FROM adempimento a
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
    private static (string Status, string? WaitingFor) StatusOf(Deadline deadline, bool? ballottaggioHeld)
    {
        // The outcome of the first round comes first: without a ballottaggio its acts never fall due,
        // and until the office records it nothing else they wait for matters.
        if (deadline.Rule.Consultation == ConsultationType.Ballottaggio && ballottaggioHeld != true)
        {
            return ballottaggioHeld == false
                ? (AdempimentoStatus.NonApplicabile.Id(), null)
                : (AdempimentoStatus.InAttesa.Id(), "event:" + WorkflowEvents.BallottaggioNecessario);
        }

        if (deadline.Pending)
        {
            var point = deadline.Variant.End;
            return (AdempimentoStatus.InAttesa.Id(), point.Anchor == AnchorKind.Event ? $"event:{point.Target}" : $"rule:{point.Target}");
        }

        return (AdempimentoStatus.DaFare.Id(), null);
    }

    /// <summary>
    /// One row of the desired state. Written synchronously: a national tornata is some ten million
    /// fields, and the importer buffers them, so an await per field would cost more than the copy itself.
    /// </summary>
    private static void WriteRow(NpgsqlBinaryImporter copy, string ente, Deadline deadline, string version, bool? ballottaggio)
    {
        var (status, waitingFor) = StatusOf(deadline, ballottaggio);
        var rule = deadline.Rule;
        copy.StartRow();
        copy.Write(ente, NpgsqlDbType.Text);
        copy.Write(rule.Id, NpgsqlDbType.Text);
        copy.Write(rule.Consultation.Id(), NpgsqlDbType.Text);
        copy.Write(rule.Title, NpgsqlDbType.Text);
        copy.Write(rule.Actor, NpgsqlDbType.Text);
        copy.Write(rule.Kind.Id(), NpgsqlDbType.Text);
        copy.Write(deadline.LegalBasis, NpgsqlDbType.Text);
        WriteNullable(copy, deadline.StartDate, NpgsqlDbType.Date);
        WriteNullable(copy, deadline.StartTime?.ToString(), NpgsqlDbType.Text);
        WriteNullable(copy, deadline.Date, NpgsqlDbType.Date);
        WriteNullable(copy, deadline.Time?.ToString(), NpgsqlDbType.Text);
        WriteNullable(copy, deadline.DueLocal, NpgsqlDbType.Timestamp);
        WriteNullable(copy, deadline.DueLocal is { } local ? RomeTime.ToInstant(local) : (Instant?)null, NpgsqlDbType.TimestampTz);
        WriteNullable(copy, deadline.OffsetDays, NpgsqlDbType.Integer);
        copy.Write(status, NpgsqlDbType.Text);
        WriteNullable(copy, waitingFor, NpgsqlDbType.Text);
        copy.Write(rule.AssicurazionePrefetto, NpgsqlDbType.Boolean);
        copy.Write(deadline.Flags.HasFlag(DeadlineFlags.Festivo), NpgsqlDbType.Boolean);
        copy.Write(version, NpgsqlDbType.Text);
        copy.Write(deadline.Owner.Id(), NpgsqlDbType.Text);
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
