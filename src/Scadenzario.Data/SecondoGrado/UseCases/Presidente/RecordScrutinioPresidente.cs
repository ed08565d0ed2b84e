using NodaTime;
using Npgsql;
using Scadenzario.Data.SecondoGrado.Common;
using Scadenzario.Elezioni.Fasce;
using Scadenzario.Elezioni.Presidente;
using Scadenzario.Elezioni.Scrutinio;
using static Scadenzario.Data.SecondoGrado.Common.Competizioni;
using static Scadenzario.Data.SecondoGrado.Common.Elettorati;
using static Scadenzario.Data.SecondoGrado.Common.Procedimento;
using static Scadenzario.Data.SecondoGrado.Common.Territori;
using static Scadenzario.Elezioni.Nomi;

namespace Scadenzario.Data.SecondoGrado.UseCases;

/// <param name="Scrutinio">One tabellina per fascia, votes by the candidate's name; several fasce are one act.</param>
public sealed record RecordScrutinioPresidenteInput(long UfficioId, IReadOnlyList<ScrutinioInput> Scrutinio, string By);

/// <summary>
/// Records the tabellina of the presidential ballot in one fascia, with the checks of the council's count
/// (voters = valid + blank + void, voters not above electors, electors equal to the fascia's actual
/// electorate, only admitted candidates). Votes are given by the candidate's name. A second entry for the
/// same fascia is a correction: a new version, the earlier one kept.
/// Several fasce at once are one act: if any of them is refused, none is recorded.
/// </summary>
public sealed class RecordScrutinioPresidente(NpgsqlDataSource dataSource, IClock clock)
{
    public async Task<ScrutinioRegistrato> HandleAsync(RecordScrutinioPresidenteInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (ufficioId, scrutinio, by) = input;
        ArgumentNullException.ThrowIfNull(scrutinio);
        if (scrutinio.Count == 0)
        {
            throw new InvalidInputException("Nessuna fascia da registrare.");
        }

        var conPreferenze = scrutinio.FirstOrDefault(s => s.Preferenze.Count > 0);
        if (conPreferenze is not null)
        {
            throw new InvalidInputException($"Fascia {conPreferenze.Fascia}: la scheda per il presidente non ha voti di preferenza.");
        }

        await using var atto = await UfficioTransaction.BeginAsync(dataSource, ufficioId, by, cancellationToken);
        var (connection, ufficio) = (atto.Connection, atto.Ufficio);
        RichiediProvincia(ufficio);
        await RifiutaDopoLaProclamazionePresidente(connection, ufficioId, cancellationToken);
        var candidati = await CandidatiAmmessi(connection, ufficioId, cancellationToken);
        var fasce = scrutinio.Select(s => TraduciPresidente(s, candidati)).ToList();
        var ponderazione = await PonderazioneEffettiva(connection, ufficioId, cancellationToken);
        Verifica(() => ElezionePresidente.Verifica(ponderazione, candidati.Select(c => c.Candidato).ToList(), fasce));

        var versione = 0;
        foreach (var fascia in fasce)
        {
            versione = await Sql.ScalarAsync<int>(connection, "SELECT coalesce(max(versione), 0) + 1 FROM sg_scrutinio_presidente WHERE ufficio_id = $1 AND fascia = $2",
                cancellationToken, ufficioId, fascia.Fascia.ToString());
            var id = await Sql.ScalarAsync<long>(connection, """
                INSERT INTO sg_scrutinio_presidente (ufficio_id, fascia, versione, elettori, votanti, schede_bianche, schede_nulle, recorded_at, recorded_by)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id
                """, cancellationToken, ufficioId, fascia.Fascia.ToString(), versione, fascia.Elettori, fascia.Votanti, fascia.SchedeBianche,
                fascia.SchedeNulle, clock.GetCurrentInstant(), by);
            foreach (var c in candidati)
            {
                await Sql.ExecuteAsync(connection, "INSERT INTO sg_scrutinio_presidente_voti (scrutinio_id, candidatura_id, voti) VALUES ($1, $2, $3)",
                    cancellationToken, id, c.Id, fascia.Voti.GetValueOrDefault(c.Candidato.Candidato.Id));
            }
        }

        var registrate = await Sql.QueryAsync(connection, "SELECT DISTINCT fascia FROM sg_scrutinio_presidente WHERE ufficio_id = $1",
            r => Enum.Parse<Fascia>(r.GetString(0)), cancellationToken, ufficioId);
        await atto.CommitAsync(cancellationToken);
        return new ScrutinioRegistrato(fasce[^1].Fascia, versione, ponderazione.Fasce.Select(f => f.Fascia).Where(f => !registrate.Contains(f)).ToList());
    }

    private static ScrutinioFascia TraduciPresidente(ScrutinioInput s, IReadOnlyList<CandidatoAmmesso> candidati)
    {
        var voti = new Dictionary<string, int>();
        foreach (var (nome, n) in s.Voti)
        {
            var omonimi = candidati.Where(c => Normalizza(c.Candidato.Candidato.Nome) == Normalizza(nome)).ToList();
            voti[omonimi.Count switch
            {
                1 => omonimi[0].Candidato.Candidato.Id,
                0 => throw new RefusedByRuleException($"Fascia {s.Fascia}: \"{nome}\" non è tra i candidati a presidente ammessi."),
                _ => throw new InvalidInputException($"Fascia {s.Fascia}: ci sono {omonimi.Count} candidati a presidente di nome \"{nome}\": i voti non si possono attribuire per nome."),
            }] = n;
        }

        return new ScrutinioFascia(s.Fascia, s.Elettori, s.Votanti, s.SchedeBianche, s.SchedeNulle, voti);
    }
}
