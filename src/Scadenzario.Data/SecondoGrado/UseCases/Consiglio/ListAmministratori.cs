using NodaTime;
using Npgsql;
using Scadenzario.Data.SecondoGrado.Common;
using static Scadenzario.Data.SecondoGrado.Common.Competizioni;
using static Scadenzario.Data.SecondoGrado.Common.Elettorati;
using static Scadenzario.Data.SecondoGrado.Common.Procedimento;
using static Scadenzario.Data.SecondoGrado.Common.Territori;
using static Scadenzario.Elezioni.Nomi;

namespace Scadenzario.Data.SecondoGrado.UseCases;

/// <param name="Comune">ISTAT code or name of a comune of the territory.</param>
public sealed record ListAmministratoriInput(long UfficioId, string Comune);

/// <summary>The persons in office of a comune: attested and, if asked, as changed up to the day before the vote.</summary>
public sealed class ListAmministratori(NpgsqlDataSource dataSource)
{
    public async Task<IReadOnlyList<Amministratore>> HandleAsync(ListAmministratoriInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (ufficioId, comune) = input;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var ufficio = await Ufficio(connection, ufficioId, cancellationToken);
        var c = await RisolviComune(connection, ufficio, await Territorio(connection, ufficioId, cancellationToken), comune, cancellationToken);
        var elettorato = await Elettorato(connection, ufficioId, alGiornoDellaVotazione: true, cancellationToken);
        return elettorato.TryGetValue(c.Code, out var inCarica) ? inCarica.Amministratori : [];
    }
}
