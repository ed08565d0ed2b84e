using Npgsql;
using Scadenzario.Data.Adempimenti;

namespace Scadenzario.Data.SecondoGrado.Common;

/// <summary>The ente's own acts in its calendar that an act of the office carries out (collecting the attestations, publishing the electorate).</summary>
internal static class AttiDellEnte
{
    /// <summary>
    /// Completes the ente's act of <paramref name="ruleId"/> when still open, in the office's transaction, so
    /// dashboards see the step done exactly when the office's act is stored.
    /// </summary>
    internal static async Task CompletaSeAperto(
        AdempimentiService adempimenti, NpgsqlTransaction transaction, long tornataId, string enteCode, string ruleId, string by, string nota, CancellationToken ct)
    {
        var ids = await Sql.QueryAsync(transaction.Connection!, """
            SELECT id FROM adempimento WHERE tornata_id = $1 AND ente_code = $2 AND rule_id = $3 AND status = 'da_fare'
            """, r => r.GetInt64(0), ct, tornataId, enteCode, ruleId);
        foreach (var id in ids)
        {
            await adempimenti.CompleteAsync(id, enteCode, by, null, nota, transaction, ct);
        }
    }
}
