using NodaTime;
using Npgsql;
using Scadenzario.Data.Limits;
using Scadenzario.Data.SecondoGrado.Common;
using static Scadenzario.Data.SecondoGrado.Common.Competizioni;
using static Scadenzario.Data.SecondoGrado.Common.Elettorati;
using static Scadenzario.Data.SecondoGrado.Common.Procedimento;
using static Scadenzario.Data.SecondoGrado.Common.Territori;
using static Scadenzario.Elezioni.Nomi;

namespace Scadenzario.Data.SecondoGrado.UseCases;

public sealed record AddListaInput(long UfficioId, ListaInput Lista, string By);

/// <summary>
/// Records a list as filed: candidates in the order of presentation and the signatures with their
/// authentication day. Each person is matched to the electorate by comune, name and birth date; who
/// does not match is kept as declared, and the examination says why they do not count. Refused (nothing
/// written) for a comune outside the territory, a repeated list name, or after the proclamation.
/// </summary>
public sealed class AddLista(NpgsqlDataSource dataSource, IClock clock)
{
    public async Task<ListaRegistrata> HandleAsync(AddListaInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (ufficioId, lista, by) = input;
        ArgumentNullException.ThrowIfNull(lista);
        SecondoGradoLimits.CheckLista(lista);
        if (string.IsNullOrWhiteSpace(lista.Nome))
        {
            throw new InvalidInputException("Indicare il nome (contrassegno) della lista.");
        }

        if (lista.Candidati.Count == 0)
        {
            throw new InvalidInputException($"La lista \"{lista.Nome}\" non ha candidati.");
        }

        await using var atto = await UfficioTransaction.BeginAsync(dataSource, ufficioId, by, cancellationToken);
        var (connection, ufficio) = (atto.Connection, atto.Ufficio);
        await RifiutaDopoLaProclamazione(connection, ufficioId, cancellationToken);
        if (await Sql.ScalarAsync<bool>(connection, "SELECT EXISTS (SELECT 1 FROM sg_lista WHERE ufficio_id = $1 AND lower(nome) = lower($2))", cancellationToken, ufficioId, lista.Nome.Trim()))
        {
            throw new ConflictException($"Una lista \"{lista.Nome.Trim()}\" è già registrata.");
        }

        var territorio = await Territorio(connection, ufficioId, cancellationToken);
        var elettorato = await Elettorato(connection, ufficioId, alGiornoDellaVotazione: true, cancellationToken);
        var candidati = new List<(CandidatoInput Input, string Comune, long? Elettore)>();
        foreach (var c in lista.Candidati)
        {
            if (string.IsNullOrWhiteSpace(c.Nome) || !Cariche.Valida(c.Carica))
            {
                throw new InvalidInputException($"Lista \"{lista.Nome}\": ogni candidato richiede nome e carica (sindaco o consigliere); non valido: \"{c.Nome}\".");
            }

            var comune = await RisolviComune(connection, ufficio, territorio, c.Comune, cancellationToken);
            candidati.Add((c, comune.Code, Abbina(elettorato, comune.Code, c.Nome, c.DataNascita)));
        }

        var firme = new List<(SottoscrizioneInput Input, string Comune, long? Elettore)>();
        foreach (var f in lista.Sottoscrizioni)
        {
            var comune = await RisolviComune(connection, ufficio, territorio, f.Comune, cancellationToken);
            firme.Add((f, comune.Code, Abbina(elettorato, comune.Code, f.Nome, f.DataNascita)));
        }

        var listaId = await Sql.UnicoAsync(
            () => Sql.ScalarAsync<long>(connection, "INSERT INTO sg_lista (ufficio_id, nome, presented_at, recorded_by) VALUES ($1, $2, $3, $4) RETURNING id",
                cancellationToken, ufficioId, lista.Nome.Trim(), clock.GetCurrentInstant(), by),
            $"Una lista \"{lista.Nome.Trim()}\" è già registrata.");
        var posizione = 0;
        foreach (var (c, comune, elettore) in candidati)
        {
            await Sql.ExecuteAsync(connection, """
                INSERT INTO sg_candidato (lista_id, posizione, nome, sesso, data_nascita, comune_code, carica, amministratore_id)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
                """, cancellationToken, listaId, ++posizione, c.Nome.Trim(), c.Sesso.ToString(), c.DataNascita, comune, c.Carica, elettore);
        }

        foreach (var (f, comune, elettore) in firme)
        {
            await Sql.ExecuteAsync(connection, """
                INSERT INTO sg_sottoscrizione (lista_id, nome, data_nascita, comune_code, autenticata, amministratore_id) VALUES ($1, $2, $3, $4, $5, $6)
                """, cancellationToken, listaId, f.Nome.Trim(), f.DataNascita, comune, f.Autenticata, elettore);
        }

        await atto.CommitAsync(cancellationToken);
        return new ListaRegistrata(listaId, lista.Nome.Trim(), candidati.Count, candidati.Count(c => c.Elettore is null), firme.Count, firme.Count(f => f.Elettore is null));
    }
}
