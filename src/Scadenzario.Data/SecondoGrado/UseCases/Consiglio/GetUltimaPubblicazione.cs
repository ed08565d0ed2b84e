using NodaTime;
using Npgsql;
using Scadenzario.Data.SecondoGrado.Common;
using static Scadenzario.Data.SecondoGrado.Common.Competizioni;
using static Scadenzario.Data.SecondoGrado.Common.Elettorati;
using static Scadenzario.Data.SecondoGrado.Common.Procedimento;
using static Scadenzario.Data.SecondoGrado.Common.Territori;
using static Scadenzario.Elezioni.Nomi;

namespace Scadenzario.Data.SecondoGrado.UseCases;

public sealed record GetUltimaPubblicazioneInput(long UfficioId);

/// <summary>The latest publication of the electorate, if any, with the figures exactly as published.</summary>
public sealed class GetUltimaPubblicazione(NpgsqlDataSource dataSource)
{
    public async Task<ElettoratoPubblicato?> HandleAsync(GetUltimaPubblicazioneInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var ufficioId = input.UfficioId;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await Elettorati.UltimaPubblicazioneAsync(connection, ufficioId, cancellationToken);
    }
}
