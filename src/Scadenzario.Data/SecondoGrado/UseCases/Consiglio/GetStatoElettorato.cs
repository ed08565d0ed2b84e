using NodaTime;
using Npgsql;
using Scadenzario.Data.SecondoGrado.Common;
using static Scadenzario.Data.SecondoGrado.Common.Competizioni;
using static Scadenzario.Data.SecondoGrado.Common.Elettorati;
using static Scadenzario.Data.SecondoGrado.Common.Procedimento;
using static Scadenzario.Data.SecondoGrado.Common.Territori;
using static Scadenzario.Elezioni.Nomi;

namespace Scadenzario.Data.SecondoGrado.UseCases;

public sealed record GetStatoElettoratoInput(long UfficioId);

/// <summary>Which comuni have sent their attestation, how many electors each has now, and their task's state.</summary>
public sealed class GetStatoElettorato(NpgsqlDataSource dataSource)
{
    public async Task<StatoElettorato> HandleAsync(GetStatoElettoratoInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var ufficioId = input.UfficioId;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await Elettorati.StatoAsync(connection, ufficioId, cancellationToken);
    }
}
