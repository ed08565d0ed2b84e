using NodaTime;
using Npgsql;
using Scadenzario.Data.Limits;
using Scadenzario.Data.SecondoGrado.Common;
using Scadenzario.Elezioni.Fasce;
using Scadenzario.Elezioni.Ponderazione;
using Scadenzario.Elezioni.Scrutinio;
using static Scadenzario.Data.SecondoGrado.Common.Competizioni;
using static Scadenzario.Data.SecondoGrado.Common.Elettorati;
using static Scadenzario.Data.SecondoGrado.Common.Procedimento;
using static Scadenzario.Data.SecondoGrado.Common.Territori;
using static Scadenzario.Elezioni.Nomi;

namespace Scadenzario.Data.SecondoGrado.UseCases;

/// <param name="Scrutinio">One tabellina per fascia; a second one for a fascia already recorded is a correction.</param>
public sealed record RecordScrutinioInput(long UfficioId, IReadOnlyList<ScrutinioInput> Scrutinio, string By);

/// <summary>
/// Records the tabellina of one fascia after the vote, with the checks of seed 003 art. 16 (voters =
/// valid + blank + void, voters not above electors, electors equal to the fascia's actual electorate,
/// preferences within the list's votes, only admitted lists and candidates). A second entry for the
/// same fascia is a correction: a new version, the earlier one kept.
/// <para/>
/// Records the tabelline of several fasce in one transaction: a file with one wrong fascia records
/// none of them, and the message names the fascia to correct.
/// </summary>
public sealed class RecordScrutinio(NpgsqlDataSource dataSource, IClock clock)
{
    public async Task<IReadOnlyList<ScrutinioRegistrato>> HandleAsync(RecordScrutinioInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (ufficioId, scrutinio, by) = input;
        ArgumentNullException.ThrowIfNull(scrutinio);
        foreach (var fascia in scrutinio)
        {
            SecondoGradoLimits.CheckScrutinio(fascia);
        }

        if (scrutinio.Count == 0)
        {
            throw new InvalidInputException("Nessuna fascia nello scrutinio da registrare.");
        }

        await using var atto = await UfficioTransaction.BeginAsync(dataSource, ufficioId, by, cancellationToken);
        var connection = atto.Connection;
        await RifiutaDopoLaProclamazione(connection, ufficioId, cancellationToken);
        var competizione = await InCompetizione(connection, ufficioId, cancellationToken);
        var ponderazione = await PonderazioneEffettiva(connection, ufficioId, cancellationToken);
        var versioni = new List<(Fascia Fascia, int Versione)>();
        foreach (var fascia in scrutinio)
        {
            versioni.Add((fascia.Fascia, await RegistraFascia(connection, ufficioId, fascia, competizione, ponderazione, by, cancellationToken)));
        }

        await atto.CommitAsync(cancellationToken);
        var registrate = (await UltimiScrutini(connection, ufficioId, competizione, cancellationToken)).Select(s => s.Fascia).ToHashSet();
        var mancanti = ponderazione.Fasce.Select(f => f.Fascia).Where(f => !registrate.Contains(f)).ToList();
        return [.. versioni.Select(v => new ScrutinioRegistrato(v.Fascia, v.Versione, mancanti))];
    }

    private async Task<int> RegistraFascia(
        NpgsqlConnection connection, long ufficioId, ScrutinioInput scrutinio, Competizione competizione, Ponderazione ponderazione, string by, CancellationToken cancellationToken)
    {
        var fascia = Traduci(scrutinio, competizione);
        Verifica(() => Proclamazione.Verifica(ponderazione, competizione.Liste, [fascia]));

        var versione = await Sql.ScalarAsync<int>(connection, "SELECT coalesce(max(versione), 0) + 1 FROM sg_scrutinio WHERE ufficio_id = $1 AND fascia = $2",
            cancellationToken, ufficioId, scrutinio.Fascia.ToString());
        var id = await Sql.ScalarAsync<long>(connection, """
            INSERT INTO sg_scrutinio (ufficio_id, fascia, versione, elettori, votanti, schede_bianche, schede_nulle, recorded_at, recorded_by)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id
            """, cancellationToken, ufficioId, scrutinio.Fascia.ToString(), versione, scrutinio.Elettori, scrutinio.Votanti, scrutinio.SchedeBianche,
            scrutinio.SchedeNulle, clock.GetCurrentInstant(), by);
        foreach (var lista in competizione.Liste)
        {
            await Sql.ExecuteAsync(connection, "INSERT INTO sg_scrutinio_lista (scrutinio_id, lista_id, voti) VALUES ($1, $2, $3)",
                cancellationToken, id, competizione.IdLista[lista.Nome], fascia.Voti.GetValueOrDefault(lista.Nome));
        }

        foreach (var (chiave, voti) in fascia.Preferenze ?? new Dictionary<string, int>())
        {
            await Sql.ExecuteAsync(connection, "INSERT INTO sg_scrutinio_preferenza (scrutinio_id, candidato_id, voti) VALUES ($1, $2, $3)",
                cancellationToken, id, long.Parse(chiave[1..], System.Globalization.CultureInfo.InvariantCulture), voti);
        }

        return versione;
    }

    private static ScrutinioFascia Traduci(ScrutinioInput s, Competizione competizione)
    {
        var voti = new Dictionary<string, int>();
        foreach (var (nome, n) in s.Voti)
        {
            var lista = competizione.Liste.FirstOrDefault(l => Normalizza(l.Nome) == Normalizza(nome))
                ?? throw new RefusedByRuleException($"Fascia {s.Fascia}: la lista \"{nome}\" non è tra quelle ammesse.");
            voti[lista.Nome] = n;
        }

        var preferenze = new Dictionary<string, int>();
        foreach (var (nomeLista, perCandidato) in s.Preferenze)
        {
            var lista = competizione.Liste.FirstOrDefault(l => Normalizza(l.Nome) == Normalizza(nomeLista))
                ?? throw new RefusedByRuleException($"Fascia {s.Fascia}: preferenze per la lista \"{nomeLista}\", che non è tra quelle ammesse.");
            foreach (var (nome, n) in perCandidato)
            {
                var omonimi = lista.Candidati.Where(c => Normalizza(c.Nome) == Normalizza(nome)).ToList();
                preferenze[omonimi.Count switch
                {
                    1 => omonimi[0].Id,
                    0 => throw new RefusedByRuleException($"Fascia {s.Fascia}: \"{nome}\" non è candidato ammesso della lista \"{lista.Nome}\"."),
                    _ => throw new InvalidInputException($"Fascia {s.Fascia}: nella lista \"{lista.Nome}\" ci sono {omonimi.Count} candidati di nome \"{nome}\": le preferenze non si possono attribuire per nome."),
                }] = n;
            }
        }

        return new ScrutinioFascia(s.Fascia, s.Elettori, s.Votanti, s.SchedeBianche, s.SchedeNulle, voti, preferenze);
    }
}
