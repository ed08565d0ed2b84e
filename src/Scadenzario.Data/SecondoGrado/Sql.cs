using Npgsql;

namespace Scadenzario.Data.SecondoGrado;

/// <summary>
/// Small helpers over Npgsql for the office's tables, which EF does not map: they are append-only acts
/// written and read in a few fixed shapes, and plain SQL keeps each statement visible next to its use.
/// </summary>
internal static class Sql
{
    public static NpgsqlCommand Command(NpgsqlConnection connection, string sql, params object?[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var value in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        }

        return command;
    }

    public static async Task<int> ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct, params object?[] parameters)
    {
        await using var command = Command(connection, sql, parameters);
        return await command.ExecuteNonQueryAsync(ct);
    }

    public static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql, CancellationToken ct, params object?[] parameters)
    {
        await using var command = Command(connection, sql, parameters);
        return (T)(await command.ExecuteScalarAsync(ct))!;
    }

    public static async Task<List<T>> QueryAsync<T>(NpgsqlConnection connection, string sql, Func<NpgsqlDataReader, T> map, CancellationToken ct, params object?[] parameters)
    {
        await using var command = Command(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<T>();
        while (await reader.ReadAsync(ct))
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    /// <summary>
    /// Runs an insert guarded by a unique key: when two sessions race past the check that precedes it, the
    /// loser gets the same Italian refusal as if the check had caught it.
    /// </summary>
    public static async Task<T> UnicoAsync<T>(Func<Task<T>> insert, string messaggio)
    {
        try
        {
            return await insert();
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            throw new ConflictException(messaggio);
        }
    }

    public static T? Nullable<T>(NpgsqlDataReader reader, int ordinal) where T : struct =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<T>(ordinal);

    public static string? NullableString(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
