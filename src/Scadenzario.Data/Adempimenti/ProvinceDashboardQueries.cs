using NodaTime;
using Npgsql;

namespace Scadenzario.Data.Adempimenti;

/// <summary>A tornata in which comuni of a province take part.</summary>
public sealed record TornataSummary(long Id, string Name, LocalDate FirstVotingDay, IReadOnlyList<string> Consultations);

/// <summary>An open act of a comune past its deadline, for the prefettura.</summary>
public sealed record OverdueAct(long Id, string EnteCode, string EnteName, string Title, string Consultation, LocalDateTime DueLocal, string? DueTime, bool AssicurazionePrefetto);

/// <summary>
/// What the prefettura dashboard shows, aggregated in PostgreSQL so that a province of over 300
/// comuni (Torino) costs one grouped query, not 45,000 rows carried to the application.
/// </summary>
public sealed class ProvinceDashboardQueries(NpgsqlDataSource dataSource, IClock clock)
{
    /// <summary>
    /// The id of the latest history entry: it grows with every completion, reopening or date
    /// change, so it tells a cache whether what it holds is still current.
    /// </summary>
    public async Task<long> LatestChangeAsync(CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("SELECT coalesce(max(id), 0) FROM adempimento_audit");
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
            result.Add(new TornataSummary(reader.GetInt64(0), reader.GetString(1), reader.GetFieldValue<LocalDate>(2), reader.GetFieldValue<string[]>(3)));
        }

        return result;
    }

    /// <summary>
    /// Every comune of the province in the tornata with its phase and progress, as
    /// <see cref="AdempimentiService.ProvinceOverviewAsync"/>, restricted to one consultation when given.
    /// </summary>
    public async Task<IReadOnlyList<EnteProgress>> OverviewAsync(long tornataId, string province, string? consultation, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT a.ente_code, e.name,
                   count(*) FILTER (WHERE a.status <> 'non_applicabile'),
                   count(*) FILTER (WHERE a.status = 'completato'),
                   count(*) FILTER (WHERE a.status IN ('da_fare', 'in_attesa')),
                   count(*) FILTER (WHERE a.status = 'da_fare' AND a.due_at <= $3),
                   count(*) FILTER (WHERE a.status = 'da_fare' AND a.due_at <= $3 AND a.assicurazione_prefetto),
                   min(a.offset_days) FILTER (WHERE a.status IN ('da_fare', 'in_attesa') AND a.rule_id NOT LIKE 'rendiconto.%'),
                   coalesce(bool_or(a.offset_days IS NULL AND a.rule_id NOT LIKE 'rendiconto.%') FILTER (WHERE a.status IN ('da_fare', 'in_attesa')), false),
                   coalesce(bool_or(a.rule_id LIKE 'rendiconto.%') FILTER (WHERE a.status IN ('da_fare', 'in_attesa')), false)
            FROM ente e
            JOIN adempimento a ON a.ente_code = e.code AND a.tornata_id = $1
            WHERE e.province_code = $2 AND e.kind = 'comune' AND ($4::text IS NULL OR a.consultation = $4)
            GROUP BY a.ente_code, e.name
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = tornataId });
        command.Parameters.Add(new NpgsqlParameter { Value = province });
        command.Parameters.Add(new NpgsqlParameter { Value = clock.GetCurrentInstant() });
        command.Parameters.Add(new NpgsqlParameter<string?> { TypedValue = consultation, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });

        var progress = new List<EnteProgress>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var phase = Phases.Earliest(
                reader.IsDBNull(7) ? null : reader.GetInt32(7),
                openWithoutOffset: reader.GetBoolean(8),
                openRendiconto: reader.GetBoolean(9));
            progress.Add(new EnteProgress(
                reader.GetString(0), reader.GetString(1), phase,
                (int)reader.GetInt64(2), (int)reader.GetInt64(3), (int)reader.GetInt64(4), (int)reader.GetInt64(5), (int)reader.GetInt64(6)));
        }

        return [.. progress.OrderBy(p => p.Name, StringComparer.Create(new("it-IT"), false))];
    }

    /// <summary>
    /// The open acts past their deadline in the province (only those owing the assicurazione al
    /// Prefetto when <paramref name="onlyAssicurazione"/>), the oldest first, at most <paramref name="limit"/>.
    /// </summary>
    public async Task<IReadOnlyList<OverdueAct>> OverdueAsync(long tornataId, string province, string? consultation, bool onlyAssicurazione, int limit, CancellationToken cancellationToken = default)
    {
        // One index lookup per comune (LATERAL, kept apart by OFFSET 0): the planner would
        // otherwise walk every overdue act of the country in due order and discard the others.
        await using var command = dataSource.CreateCommand("""
            SELECT a.id, e.code, e.name, a.title, a.consultation, a.due_local, a.due_time, a.assicurazione_prefetto
            FROM ente e
            CROSS JOIN LATERAL (
                SELECT * FROM adempimento a
                WHERE a.ente_code = e.code AND a.tornata_id = $1 AND a.status = 'da_fare' AND a.due_at <= $3
                  AND ($4::text IS NULL OR a.consultation = $4) AND (NOT $6 OR a.assicurazione_prefetto)
                OFFSET 0) a
            WHERE e.province_code = $2 AND e.kind = 'comune'
            ORDER BY a.due_at, e.name, a.id
            LIMIT $5
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = tornataId });
        command.Parameters.Add(new NpgsqlParameter { Value = province });
        command.Parameters.Add(new NpgsqlParameter { Value = clock.GetCurrentInstant() });
        command.Parameters.Add(new NpgsqlParameter<string?> { TypedValue = consultation, NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = limit });
        command.Parameters.Add(new NpgsqlParameter { Value = onlyAssicurazione });

        var acts = new List<OverdueAct>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            acts.Add(new OverdueAct(
                reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.GetFieldValue<LocalDateTime>(5), reader.IsDBNull(6) ? null : reader.GetString(6), reader.GetBoolean(7)));
        }

        return acts;
    }
}
