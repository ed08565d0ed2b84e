using NodaTime;
using Npgsql;
using NpgsqlTypes;

namespace Scadenzario.Data.Enti;

/// <summary>What an import changed.</summary>
public sealed record EntiImportResult(int Comuni, int Inserted, int Updated, int Province, int Prefetture, int Merged, IReadOnlyList<string> NotInFile);

/// <summary>
/// Loads the comuni list into <c>ente</c> (comuni, and the provinces and metropolitan cities they
/// belong to) and <c>prefettura</c>, in one transaction. Re-importing updates rows in place; a
/// comune with <c>merged_into</c> keeps its row and its tasks, which are marked with the comune it
/// merged into. Contacts already set are kept unless the file gives new ones.
/// </summary>
public static class EntiImporter
{
    public static async Task<EntiImportResult> ImportAsync(NpgsqlDataSource dataSource, IReadOnlyList<ComuneRow> rows, IClock clock, CancellationToken cancellationToken = default)
    {
        var now = clock.GetCurrentInstant();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        await Execute(connection, """
            CREATE TEMP TABLE incoming_comune (
                code text, name text, province_code text, province_name text, province_kind text,
                region_code text, region_name text, special_statute boolean, population integer, capoluogo boolean,
                prefettura text, prefettura_seat text, merged_into text,
                email_ufficio_elettorale text, email_segretario text, email_prefettura text
            ) ON COMMIT DROP
            """, cancellationToken);

        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY incoming_comune FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var row in rows)
            {
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(row.IstatCode, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(row.Name, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(row.ProvinceCode, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(row.ProvinceName, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(row.ProvinceKind, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(row.RegionCode, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(row.RegionName, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(row.SpecialStatute, NpgsqlDbType.Boolean, cancellationToken);
                await copy.WriteAsync(row.Population, NpgsqlDbType.Integer, cancellationToken);
                await copy.WriteAsync(row.Capoluogo, NpgsqlDbType.Boolean, cancellationToken);
                await WriteNullable(copy, row.Prefettura, cancellationToken);
                await WriteNullable(copy, row.PrefetturaSeat, cancellationToken);
                await WriteNullable(copy, row.MergedInto, cancellationToken);
                await WriteNullable(copy, row.EmailUfficioElettorale, cancellationToken);
                await WriteNullable(copy, row.EmailSegretario, cancellationToken);
                await WriteNullable(copy, row.EmailPrefettura, cancellationToken);
            }

            await copy.CompleteAsync(cancellationToken);
        }

        var prefetture = await Execute(connection, """
            INSERT INTO prefettura (code, name, seat, email)
            SELECT DISTINCT ON (province_code) 'UTG-' || province_code, prefettura, coalesce(prefettura_seat, ''), email_prefettura
            FROM incoming_comune WHERE prefettura IS NOT NULL
            ORDER BY province_code, email_prefettura NULLS LAST
            ON CONFLICT (code) DO UPDATE SET name = excluded.name, seat = excluded.seat,
                email = coalesce(excluded.email, prefettura.email)
            """, cancellationToken);

        var province = await Execute(connection, $"""
            INSERT INTO ente (code, kind, name, region_code, region_name, special_statute, population, prefettura_code, imported_at)
            SELECT province_code, province_kind, province_name, min(region_code), min(region_name), bool_and(special_statute),
                   sum(population) FILTER (WHERE merged_into IS NULL),
                   CASE WHEN bool_or(prefettura IS NOT NULL) THEN 'UTG-' || province_code END, @now
            FROM incoming_comune GROUP BY province_code, province_kind, province_name
            ON CONFLICT (code) DO UPDATE SET kind = excluded.kind, name = excluded.name, region_code = excluded.region_code,
                region_name = excluded.region_name, special_statute = excluded.special_statute, population = excluded.population,
                prefettura_code = excluded.prefettura_code, imported_at = excluded.imported_at
            """, cancellationToken, now);

        // xmax = 0 tells a freshly inserted row from an updated one.
        var (inserted, updated) = (0, 0);
        await using (var upsert = new NpgsqlCommand("""
            INSERT INTO ente (code, kind, name, province_code, region_code, region_name, special_statute, population, capoluogo,
                              prefettura_code, email_ufficio_elettorale, email_segretario, imported_at)
            SELECT code, 'comune', name, province_code, region_code, region_name, special_statute, population, capoluogo,
                   CASE WHEN prefettura IS NOT NULL THEN 'UTG-' || province_code END, email_ufficio_elettorale, email_segretario, @now
            FROM incoming_comune
            ON CONFLICT (code) DO UPDATE SET name = excluded.name, province_code = excluded.province_code,
                region_code = excluded.region_code, region_name = excluded.region_name, special_statute = excluded.special_statute,
                population = excluded.population, capoluogo = excluded.capoluogo, prefettura_code = excluded.prefettura_code,
                email_ufficio_elettorale = coalesce(excluded.email_ufficio_elettorale, ente.email_ufficio_elettorale),
                email_segretario = coalesce(excluded.email_segretario, ente.email_segretario),
                imported_at = excluded.imported_at
            RETURNING (xmax = 0)
            """, connection))
        {
            upsert.Parameters.AddWithValue("now", now);
            await using var reader = await upsert.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                if (reader.GetBoolean(0))
                {
                    inserted++;
                }
                else
                {
                    updated++;
                }
            }
        }

        var merged = await Execute(connection, """
            WITH newly AS (
                UPDATE ente SET merged_into = i.merged_into, merged_on = (@now AT TIME ZONE 'Europe/Rome')::date
                FROM incoming_comune i
                WHERE ente.code = i.code AND i.merged_into IS NOT NULL AND ente.merged_into IS DISTINCT FROM i.merged_into
                RETURNING ente.code, ente.merged_into
            ), marked AS (
                UPDATE adempimento a SET merged_into = n.merged_into, row_version = a.row_version + 1
                FROM newly n WHERE a.ente_code = n.code
                RETURNING a.id, a.status, n.merged_into
            ), audited AS (
                INSERT INTO adempimento_audit (adempimento_id, at, actor, action, from_status, to_status, details)
                SELECT id, @now, 'import enti', 'ente_accorpato', status, status, jsonb_build_object('merged_into', merged_into)
                FROM marked
            )
            SELECT count(*) FROM newly
            """, cancellationToken, now, scalar: true);

        var notInFile = new List<string>();
        await using (var missing = new NpgsqlCommand("""
            SELECT code || ' ' || name FROM ente
            WHERE kind = 'comune' AND merged_into IS NULL AND code NOT IN (SELECT code FROM incoming_comune)
            ORDER BY code
            """, connection))
        await using (var reader = await missing.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                notInFile.Add(reader.GetString(0));
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return new EntiImportResult(rows.Count, inserted, updated, province, prefetture, merged, notInFile);
    }

    private static async Task WriteNullable(NpgsqlBinaryImporter copy, string? value, CancellationToken cancellationToken)
    {
        if (value is null)
        {
            await copy.WriteNullAsync(cancellationToken);
        }
        else
        {
            await copy.WriteAsync(value, NpgsqlDbType.Text, cancellationToken);
        }
    }

    private static async Task<int> Execute(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, Instant? now = null, bool scalar = false)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        if (now is { } instant)
        {
            command.Parameters.AddWithValue("now", instant);
        }

        return scalar
            ? Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture)
            : await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
