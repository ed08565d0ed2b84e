using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Npgsql;

namespace Scadenzario.Data.Migrations;

/// <summary>One SQL file of <c>migrations/</c>: <c>NNNN_name.sql</c>, applied in number order.</summary>
public sealed record MigrationFile(int Version, string Name, string Sql, string Checksum)
{
    public string FileName => $"{Version:0000}_{Name}.sql";
}

/// <summary>The migrations could not be applied; the message is Italian and says what to do.</summary>
public sealed class MigrationException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// Applies the ordered SQL files of <c>migrations/</c> to the database: all pending files in one
/// transaction, under an advisory lock so that two nodes starting together apply them once, each
/// recorded in <c>schema_history</c> with its SHA-256. A file changed after it was applied is
/// refused: the schema of a deployed database is never silently different from the repository.
/// </summary>
public static partial class MigrationRunner
{
    // Any constant shared by every node; it names this application's migration lock.
    private const long AdvisoryLockKey = 0x5CADE2A210;

    public static IReadOnlyList<MigrationFile> ReadDirectory(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new MigrationException($"Cartella delle migrazioni non trovata: {directory}");
        }

        var files = new List<MigrationFile>();
        foreach (var path in Directory.EnumerateFiles(directory, "*.sql"))
        {
            var match = FileNamePattern().Match(Path.GetFileName(path));
            if (!match.Success)
            {
                throw new MigrationException($"Nome di migrazione non valido: {Path.GetFileName(path)} (atteso NNNN_nome.sql)");
            }

            var bytes = File.ReadAllBytes(path);
            files.Add(new MigrationFile(
                int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
                match.Groups[2].Value,
                Encoding.UTF8.GetString(bytes),
                Convert.ToHexStringLower(SHA256.HashData(bytes))));
        }

        var duplicate = files.GroupBy(f => f.Version).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new MigrationException($"Due migrazioni con lo stesso numero {duplicate.Key:0000}: {string.Join(", ", duplicate.Select(f => f.FileName))}");
        }

        return [.. files.OrderBy(f => f.Version)];
    }

    /// <summary>Applies what is pending; returns the files applied now (empty when up to date).</summary>
    public static Task<IReadOnlyList<MigrationFile>> MigrateAsync(NpgsqlDataSource dataSource, string directory, CancellationToken cancellationToken = default) =>
        MigrateAsync(dataSource, directory, int.MaxValue, cancellationToken);

    /// <summary>
    /// Applies what is pending up to migration <paramref name="upTo"/> included, and none after it:
    /// the byte-for-byte test of a schema change loads data written at an older schema into a
    /// database migrated only that far, then migrates it the rest of the way.
    /// </summary>
    public static async Task<IReadOnlyList<MigrationFile>> MigrateAsync(NpgsqlDataSource dataSource, string directory, int upTo, CancellationToken cancellationToken = default)
    {
        var files = ReadDirectory(directory);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        await Execute(connection, transaction, $"SELECT pg_advisory_xact_lock({AdvisoryLockKey})", cancellationToken);
        await Execute(connection, transaction, """
            CREATE TABLE IF NOT EXISTS schema_history (
                version     integer PRIMARY KEY,
                file        text NOT NULL,
                checksum    text NOT NULL,
                applied_at  timestamptz NOT NULL DEFAULT now()
            )
            """, cancellationToken);

        var applied = new Dictionary<int, (string File, string Checksum)>();
        await using (var read = new NpgsqlCommand("SELECT version, file, checksum FROM schema_history", connection, transaction))
        await using (var reader = await read.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                applied[reader.GetInt32(0)] = (reader.GetString(1), reader.GetString(2));
            }
        }

        foreach (var (version, (file, _)) in applied)
        {
            if (files.All(f => f.Version != version))
            {
                throw new MigrationException($"La migrazione {file} risulta applicata al database ma non esiste più nella cartella delle migrazioni.");
            }
        }

        var pending = new List<MigrationFile>();
        foreach (var file in files.Where(f => f.Version <= upTo))
        {
            if (applied.TryGetValue(file.Version, out var done))
            {
                if (done.Checksum != file.Checksum)
                {
                    throw new MigrationException(
                        $"La migrazione {file.FileName} è già stata applicata ma il file è stato modificato " +
                        $"(checksum applicato {done.Checksum[..12]}…, attuale {file.Checksum[..12]}…). " +
                        "Non si modificano le migrazioni applicate: aggiungere un nuovo file.");
                }

                continue;
            }

            try
            {
                await Execute(connection, transaction, file.Sql, cancellationToken);
            }
            catch (PostgresException e)
            {
                throw new MigrationException($"La migrazione {file.FileName} non è stata applicata: {e.MessageText} (riga {e.Line ?? "?"}). Nessuna modifica è stata fatta.", e);
            }

            await using var record = new NpgsqlCommand("INSERT INTO schema_history (version, file, checksum) VALUES ($1, $2, $3)", connection, transaction);
            record.Parameters.Add(new NpgsqlParameter { Value = file.Version });
            record.Parameters.Add(new NpgsqlParameter { Value = file.FileName });
            record.Parameters.Add(new NpgsqlParameter { Value = file.Checksum });
            await record.ExecuteNonQueryAsync(cancellationToken);
            pending.Add(file);
        }

        await transaction.CommitAsync(cancellationToken);
        return pending;
    }

    private static async Task Execute(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        // A migration rewrites tables (0026 rewrites every task): it may take longer than the
        // driver's default 30 s on a large database; the caller's token is the way to stop it.
        await using var command = new NpgsqlCommand(sql, connection, transaction) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    [GeneratedRegex("^([0-9]{4})_([a-z0-9_]+)\\.sql$")]
    private static partial Regex FileNamePattern();
}
