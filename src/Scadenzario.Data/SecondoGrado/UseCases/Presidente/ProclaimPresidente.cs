using System.Text.Json;
using NodaTime;
using Npgsql;
using Scadenzario.Data.SecondoGrado.Common;
using Scadenzario.Elezioni.Presidente;
using Scadenzario.Elezioni.Scrutinio;
using Scadenzario.Elezioni;
using static Scadenzario.Data.SecondoGrado.Common.Competizioni;
using static Scadenzario.Data.SecondoGrado.Common.Elettorati;
using static Scadenzario.Data.SecondoGrado.Common.Procedimento;
using static Scadenzario.Data.SecondoGrado.Common.Territori;
using static Scadenzario.Elezioni.Nomi;

namespace Scadenzario.Data.SecondoGrado.UseCases;

/// <param name="Sorteggio">The outcome of a draw between candidates of equal total and birth date, by name in the order drawn.</param>
public sealed record ProclaimPresidenteInput(long UfficioId, string By, IReadOnlyList<string>? Sorteggio = null);

/// <summary>
/// The proclamation of the presidente: the index recomputed with the actual electorate (attestations and
/// variations, as the council's proclamation does), each candidate's weighted total, the highest wins;
/// on equal totals the youngest; on equal birth dates too, lots: <c>Sorteggio</c> gives the
/// outcome of the draw as an order of candidates' names, the first among the tied winning.
/// </summary>
public sealed class ProclaimPresidente(NpgsqlDataSource dataSource, IClock clock, IVerbaleRenderer verbali)
{
    public async Task<PresidenteProclamato> HandleAsync(ProclaimPresidenteInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (ufficioId, by, sorteggio) = input;
        await using var atto = await UfficioTransaction.BeginAsync(dataSource, ufficioId, by, cancellationToken);
        var (connection, ufficio) = (atto.Connection, atto.Ufficio);
        RichiediProvincia(ufficio);
        await RifiutaDopoLaProclamazionePresidente(connection, ufficioId, cancellationToken);
        var candidati = await CandidatiAmmessi(connection, ufficioId, cancellationToken);
        var ponderazione = await PonderazioneEffettiva(connection, ufficioId, cancellationToken);
        var scrutini = await UltimiScrutiniPresidente(connection, ufficioId, cancellationToken);
        var mancanti = ponderazione.Fasce.Select(f => f.Fascia).Except(scrutini.Select(s => s.Fascia)).ToList();
        if (mancanti.Count > 0)
        {
            throw new RefusedByRuleException($"Manca lo scrutinio per il presidente delle fasce {string.Join(", ", mancanti)}: registrarlo prima della proclamazione.");
        }

        var ordine = sorteggio?.Select(nome => candidati.FirstOrDefault(c => Normalizza(c.Candidato.Candidato.Nome) == Normalizza(nome))?.Candidato.Candidato.Id ?? nome.Trim()).ToList();
        RisultatoPresidente risultato = null!;
        Verifica(() => risultato = ElezionePresidente.Proclama(
            ponderazione, ufficio.GiornoVotazione, candidati.Select(c => c.Candidato).ToList(), scrutini, ordine is null ? null : Sorteggi.SecondoOrdine(ordine)));

        var pubblicazione = await Elettorati.UltimaPubblicazioneAsync(connection, ufficioId, cancellationToken);
        var now = clock.GetCurrentInstant();
        var comuneDi = candidati.ToDictionary(c => c.Candidato.Candidato.Id, c => c.Comune);
        var (testo, html) = verbali.Render(new DatiVerbalePresidente(ufficio, pubblicazione, ponderazione, scrutini, risultato, comuneDi, now, by));
        var idDi = candidati.ToDictionary(c => c.Candidato.Candidato.Id, c => c.Id);
        var sintesi = new
        {
            eletto = risultato.Eletto.Candidato.Nome,
            criterio = risultato.Criterio,
            candidati = risultato.Candidati.Select(c => new
            {
                nome = c.Candidato.Candidato.Nome,
                cifra = c.CifraPonderata,
                perFascia = c.PerFascia.Select(v => new { fascia = v.Fascia.ToString(), voti = v.Voti, indice = v.Indice, ponderati = v.Ponderati }),
            }),
        };
        var id = await Sql.ScalarAsync<long>(connection, """
            INSERT INTO sg_proclamazione_presidente (ufficio_id, eletto_id, criterio, elettori, votanti, proclaimed_at, proclaimed_by, risultato, verbale_testo, verbale_html)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10) RETURNING id
            """, cancellationToken, ufficioId, idDi[risultato.Eletto.Candidato.Id], risultato.Criterio, scrutini.Sum(s => s.Elettori), scrutini.Sum(s => s.Votanti),
            now, by, JsonSerializer.Serialize(sintesi, JsonSecondoGrado.Options), testo, html);
        foreach (var c in risultato.Candidati)
        {
            foreach (var v in c.PerFascia)
            {
                await Sql.ExecuteAsync(connection, """
                    INSERT INTO sg_risultato_presidente (proclamazione_id, candidatura_id, fascia, voti, indice, cifra_ponderata) VALUES ($1, $2, $3, $4, $5, $6)
                    """, cancellationToken, id, idDi[c.Candidato.Candidato.Id], v.Fascia.ToString(), v.Voti, v.Indice, v.Ponderati);
            }
        }

        await atto.CommitAsync(cancellationToken);
        return new PresidenteProclamato(id, ponderazione, scrutini, risultato, testo, html);
    }
}
