using NodaTime;
using Npgsql;
using Scadenzario.Data.SecondoGrado.Common;
using static Scadenzario.Data.SecondoGrado.Common.Competizioni;
using static Scadenzario.Data.SecondoGrado.Common.Elettorati;
using static Scadenzario.Data.SecondoGrado.Common.Procedimento;
using static Scadenzario.Data.SecondoGrado.Common.Territori;
using static Scadenzario.Elezioni.Nomi;

namespace Scadenzario.Data.SecondoGrado.UseCases;

public sealed record FindUfficioInput(long TornataId, string EnteCode);

/// <summary>The office of an ente in a tornata.</summary>
public sealed class FindUfficio(NpgsqlDataSource dataSource)
{
    public async Task<UfficioInfo> HandleAsync(FindUfficioInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (tornataId, enteCode) = input;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var id = await Sql.QueryAsync(connection, "SELECT id FROM sg_ufficio WHERE tornata_id = $1 AND ente_code = $2", r => r.GetInt64(0), cancellationToken, tornataId, enteCode);
        return id.Count == 1
            ? await Ufficio(connection, id[0], cancellationToken)
            : throw new NotFoundException($"L'ufficio elettorale dell'ente {enteCode} non è aperto per la tornata {tornataId} (secondo-grado apri).");
    }
}
