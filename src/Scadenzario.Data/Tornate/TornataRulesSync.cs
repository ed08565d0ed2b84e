using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Npgsql;
using Scadenzario.Calendars;
using Scadenzario.Calendars.Derivation;
using Scadenzario.Data.Model;

namespace Scadenzario.Data.Tornate;

/// <summary>
/// A tornata against the rules the program carries: the calendar versions its adempimenti were
/// last reconciled with (one, or several while only some enti were derived again) and the
/// program's. Open while some act is still to do or waiting.
/// </summary>
public sealed record TornataRulesStatus(long Id, string Name, IReadOnlyList<LocalDate> VotingDays, IReadOnlyList<string> TaskVersions, string ProgramVersion, bool Open)
{
    /// <summary>Every adempimento was derived with the program's rules (a tornata without adempimenti has nothing to align).</summary>
    public bool Aligned => TaskVersions.All(v => v == ProgramVersion);

    /// <summary>Some adempimento was derived with rules newer than the program's: a newer program ran on this database.</summary>
    public bool AheadOfProgram => TaskVersions.Any(v => CalendarVersions.Compare(v, ProgramVersion) > 0);
}

/// <summary>What `tornata sync` would do, or did.</summary>
public sealed record RulesSyncReport(TornataRulesStatus Status, TornataChanges Changes, SyncResult? Applied);

/// <summary>
/// Brings an open tornata to the rules of the calendar version the program runs with (issue 9,
/// item 8): <see cref="PreviewAsync"/> says, ente by ente, what would be added, moved and dropped
/// and writes nothing; <see cref="ApplyAsync"/> does it in one transaction through the
/// synchronizer, as a postponement does. Completions are kept, also of acts no rule asks for any
/// more; every move goes to <c>adempimento_move</c> with the reason "aggiornamento delle regole
/// alla versione X", from which the notices job tells the offices (the postponement's notice).
/// </summary>
public sealed class TornataRulesSync(NpgsqlDataSource dataSource, CalendarSet calendars, IClock clock)
{
    /// <summary>The reason recorded on every move and audit entry of the alignment.</summary>
    public string Reason => $"aggiornamento delle regole alla versione {calendars.Version}";

    /// <summary>Every tornata, the most recent vote first.</summary>
    public async Task<IReadOnlyList<TornataRulesStatus>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await StatusesAsync(connection, null, cancellationToken);
    }

    /// <summary>The tornata's status; null when there is no such tornata.</summary>
    public async Task<TornataRulesStatus?> FindAsync(long tornataId, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return (await StatusesAsync(connection, tornataId, cancellationToken)).SingleOrDefault();
    }

    /// <summary>The changes the alignment would make; nothing is written (the derivation's scratch table is rolled back).</summary>
    public async Task<RulesSyncReport> PreviewAsync(long tornataId, VotingDaysAdvice advice = VotingDaysAdvice.Form, CancellationToken cancellationToken = default)
    {
        await using var db = ScadenzarioDb.Create(dataSource);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (tornata, status) = await CheckAsync(db, tornataId, advice, cancellationToken);
        var changes = status.Aligned
            ? new TornataChanges([])
            : await AdempimentiSynchronizer.PreviewAsync(Connection(db), calendars, tornata, null, cancellationToken);
        await transaction.RollbackAsync(cancellationToken);
        return new RulesSyncReport(status, changes, null);
    }

    /// <summary>Aligns the tornata in one transaction; an aligned tornata is left as it is (<see cref="RulesSyncReport.Applied"/> null).</summary>
    public async Task<RulesSyncReport> ApplyAsync(long tornataId, string actor, VotingDaysAdvice advice = VotingDaysAdvice.Form, CancellationToken cancellationToken = default)
    {
        await using var db = ScadenzarioDb.Create(dataSource);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Two alignments of the same tornata at once would both insert its new acts: the second waits here.
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM tornata WHERE id = {tornataId} FOR UPDATE", cancellationToken);
        var (tornata, status) = await CheckAsync(db, tornataId, advice, cancellationToken);
        if (status.Aligned)
        {
            return new RulesSyncReport(status, new TornataChanges([]), null);
        }

        var now = clock.GetCurrentInstant();
        var (result, changes) = await AdempimentiSynchronizer.SynchronizeAndDescribeAsync(Connection(db), calendars, tornata, actor, Reason, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new RulesSyncReport(status, changes, result);
    }

    // advice: how a refusal says to correct the tornata's parameters (the page or the command).
    private async Task<(Tornata Tornata, TornataRulesStatus Status)> CheckAsync(ScadenzarioDb db, long tornataId, VotingDaysAdvice advice, CancellationToken ct)
    {
        var tornata = await db.Tornate.SingleOrDefaultAsync(t => t.Id == tornataId, ct) ?? throw new NotFoundException($"Tornata {tornataId} inesistente.");
        var status = (await StatusesAsync(Connection(db), tornataId, ct)).Single();
        if (status.Aligned)
        {
            return (tornata, status);
        }

        if (status.AheadOfProgram)
        {
            throw new RefusedByRuleException(
                $"La tornata {tornataId} è stata allineata alla versione {string.Join(", ", status.TaskVersions)} del calendario, più recente di quella di questo programma " +
                $"({status.ProgramVersion}): aggiornare il programma, non la tornata.");
        }

        // A newer release may no longer accept a value the tornata stored (a parameter renamed, a
        // narrower window): the engine would refuse to derive, so say what to change first.
        var problems = calendars.ValidateParameters(tornata.Parameters, TornataService.VotingDaysOf(tornata));
        if (problems.Count > 0)
        {
            throw new RefusedByRuleException(
                $"I parametri della tornata {tornataId} non sono validi per la versione {calendars.Version} del calendario: {string.Join("; ", problems)}. " +
                (advice == VotingDaysAdvice.CommandLine
                    ? $"Correggerli prima con: scadenzario tornata parametri {tornataId} --parametro NOME=VALORE (NOME= per tornare al valore di legge)."
                    : "Correggerli prima dalla pagina «Parametri del decreto» della tornata (un campo svuotato torna al valore di legge)."));
        }

        if (!status.Open)
        {
            throw new ConflictException(
                $"La tornata {tornataId} è chiusa (ogni adempimento è completato o non applicabile): le sue scadenze restano quelle della versione {string.Join(", ", status.TaskVersions)}.");
        }

        return (tornata, status);
    }

    private async Task<List<TornataRulesStatus>> StatusesAsync(NpgsqlConnection connection, long? tornataId, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("""
            SELECT t.id, t.name, t.voting_days,
                   coalesce((SELECT array_agg(DISTINCT r.calendar_version ORDER BY r.calendar_version) FROM adempimento a JOIN regola r ON r.id = a.regola_id WHERE a.tornata_id = t.id), '{}'),
                   EXISTS (SELECT 1 FROM adempimento a WHERE a.tornata_id = t.id AND a.status IN ('da_fare', 'in_attesa'))
            FROM tornata t
            WHERE @id::bigint IS NULL OR t.id = @id
            ORDER BY t.voting_days[1] DESC, t.id DESC
            """, connection);
        command.Parameters.Add(new NpgsqlParameter("id", NpgsqlTypes.NpgsqlDbType.Bigint) { Value = (object?)tornataId ?? DBNull.Value });
        var result = new List<TornataRulesStatus>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            result.Add(new TornataRulesStatus(
                reader.GetInt64(0), reader.GetString(1), reader.GetFieldValue<LocalDate[]>(2), reader.GetFieldValue<string[]>(3), calendars.Version, reader.GetBoolean(4)));
        }

        return result;
    }

    private static NpgsqlConnection Connection(ScadenzarioDb db) => (NpgsqlConnection)db.Database.GetDbConnection();
}

/// <summary>
/// The order of calendar versions: <c>2026.12.1+3f2a9c1b2d4e</c> is index.yaml's dotted version,
/// compared number by number, then a hash of the files that orders nothing (two builds of the
/// same version with different files are different, neither newer).
/// </summary>
public static class CalendarVersions
{
    public static int Compare(string a, string b)
    {
        var (x, y) = (Numbers(a), Numbers(b));
        if (x is null || y is null)
        {
            return 0;
        }

        for (var i = 0; i < Math.Max(x.Length, y.Length); i++)
        {
            var c = (i < x.Length ? x[i] : 0).CompareTo(i < y.Length ? y[i] : 0);
            if (c != 0)
            {
                return c;
            }
        }

        return 0;
    }

    private static long[]? Numbers(string version)
    {
        var parts = version.Split('+')[0].Split('.');
        var numbers = new long[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!long.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return null;
            }
        }

        return numbers;
    }
}
