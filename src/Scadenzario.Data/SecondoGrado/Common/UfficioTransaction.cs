using Npgsql;
using static Scadenzario.Data.SecondoGrado.Common.Territori;

namespace Scadenzario.Data.SecondoGrado.Common;

/// <summary>
/// The opening every act of the office shares: who acts is named, one connection and one transaction, the
/// office's row locked for the rest of the transaction and read. The office's acts are recorded one at a
/// time, so a check such as "not yet proclaimed" or "not yet attested" still holds when the act is written.
/// Disposed without <see cref="CommitAsync"/>, the transaction rolls back: on a refusal nothing is written.
/// </summary>
internal sealed class UfficioTransaction : IAsyncDisposable
{
    private UfficioTransaction(NpgsqlConnection connection, NpgsqlTransaction transaction, UfficioInfo ufficio)
    {
        Connection = connection;
        Transaction = transaction;
        Ufficio = ufficio;
    }

    public NpgsqlConnection Connection { get; }

    public NpgsqlTransaction Transaction { get; }

    public UfficioInfo Ufficio { get; }

    public static async Task<UfficioTransaction> BeginAsync(NpgsqlDataSource dataSource, long ufficioId, string by, CancellationToken ct)
    {
        RichiediAutore(by);
        var connection = await dataSource.OpenConnectionAsync(ct);
        try
        {
            var transaction = await connection.BeginTransactionAsync(ct);
            await Sql.QueryAsync(connection, "SELECT id FROM sg_ufficio WHERE id = $1 FOR UPDATE", r => r.GetInt64(0), ct, ufficioId);
            return new UfficioTransaction(connection, transaction, await Territori.Ufficio(connection, ufficioId, ct));
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public Task CommitAsync(CancellationToken ct) => Transaction.CommitAsync(ct);

    public async ValueTask DisposeAsync()
    {
        await Transaction.DisposeAsync();
        await Connection.DisposeAsync();
    }

    /// <summary>Every act records who did it.</summary>
    public static void RichiediAutore(string by)
    {
        if (string.IsNullOrWhiteSpace(by))
        {
            throw new InvalidInputException("Indicare chi esegue l'operazione.");
        }
    }
}
