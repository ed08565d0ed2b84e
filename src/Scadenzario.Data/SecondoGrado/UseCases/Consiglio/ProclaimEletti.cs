using System.Text.Json;
using NodaTime;
using Npgsql;
using Scadenzario.Data.SecondoGrado.Common;
using Scadenzario.Elezioni.Scrutinio;
using Scadenzario.Elezioni;
using static Scadenzario.Data.SecondoGrado.Common.Competizioni;
using static Scadenzario.Data.SecondoGrado.Common.Elettorati;
using static Scadenzario.Data.SecondoGrado.Common.Procedimento;
using static Scadenzario.Data.SecondoGrado.Common.Territori;
using static Scadenzario.Elezioni.Nomi;

namespace Scadenzario.Data.SecondoGrado.UseCases;

/// <param name="Sorteggio">The outcome of a draw the law leaves a tie to: list or candidate names in the order drawn.</param>
public sealed record ProclaimElettiInput(long UfficioId, string By, IReadOnlyList<string>? Sorteggio = null);

/// <summary>
/// The proclamation: the index recomputed with the actual electorate (attestations and variations), the
/// weighted totals, d'Hondt, the rankings with the ties of comma 38, and the verbale. A tie that the law
/// leaves to lots needs <c>Sorteggio</c>: the outcome of the draw as an order of list or
/// candidate names, the first among the tied winning.
/// </summary>
public sealed class ProclaimEletti(NpgsqlDataSource dataSource, IClock clock, IVerbaleRenderer verbali)
{
    public async Task<Proclamato> HandleAsync(ProclaimElettiInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (ufficioId, by, sorteggio) = input;
        await using var atto = await UfficioTransaction.BeginAsync(dataSource, ufficioId, by, cancellationToken);
        var (connection, ufficio) = (atto.Connection, atto.Ufficio);
        await RifiutaDopoLaProclamazione(connection, ufficioId, cancellationToken);
        var competizione = await InCompetizione(connection, ufficioId, cancellationToken);
        var ponderazione = await PonderazioneEffettiva(connection, ufficioId, cancellationToken);
        var scrutini = await UltimiScrutini(connection, ufficioId, competizione, cancellationToken);
        var mancanti = ponderazione.Fasce.Select(f => f.Fascia).Except(scrutini.Select(s => s.Fascia)).ToList();
        if (mancanti.Count > 0)
        {
            throw new RefusedByRuleException($"Manca lo scrutinio delle fasce {string.Join(", ", mancanti)}: registrarlo prima della proclamazione.");
        }

        var ordine = sorteggio?.Select(nome => competizione.ChiavePerNome.GetValueOrDefault(Normalizza(nome), nome.Trim())).ToList();
        RisultatoProclamazione risultato = null!;
        Verifica(() => risultato = Proclamazione.Calcola(
            ufficio.Seggi, ponderazione, competizione.Liste, scrutini, ordine is null ? null : Sorteggi.SecondoOrdine(ordine)));

        var pubblicazione = await Elettorati.UltimaPubblicazioneAsync(connection, ufficioId, cancellationToken);
        var now = clock.GetCurrentInstant();
        var (testo, html) = verbali.Render(new DatiVerbaleProclamazione(ufficio, pubblicazione, risultato, competizione.Comune, now, by));
        var id = await Sql.ScalarAsync<long>(connection, """
            INSERT INTO sg_proclamazione (ufficio_id, seggi, elettori, votanti, proclaimed_at, proclaimed_by, risultato, verbale_testo, verbale_html)
            VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9) RETURNING id
            """, cancellationToken, ufficioId, ufficio.Seggi, scrutini.Sum(s => s.Elettori), scrutini.Sum(s => s.Votanti), now, by,
            JsonSerializer.Serialize(Sintesi(risultato), JsonSecondoGrado.Options), testo, html);
        foreach (var lista in risultato.Liste)
        {
            await Sql.ExecuteAsync(connection, "INSERT INTO sg_risultato_lista (proclamazione_id, lista_id, cifra_ponderata, seggi) VALUES ($1, $2, $3, $4)",
                cancellationToken, id, competizione.IdLista[lista.Lista], lista.CifraElettoralePonderata, lista.Seggi);
        }

        foreach (var eletto in risultato.Eletti)
        {
            await Sql.ExecuteAsync(connection, "INSERT INTO sg_eletto (proclamazione_id, candidato_id, posizione, cifra_ponderata) VALUES ($1, $2, $3, $4)",
                cancellationToken, id, long.Parse(eletto.Candidato.Id[1..], System.Globalization.CultureInfo.InvariantCulture), eletto.Posizione, eletto.CifraIndividualePonderata);
        }

        await atto.CommitAsync(cancellationToken);
        return new Proclamato(id, risultato, testo, html);
    }

    private static object Sintesi(RisultatoProclamazione r) => new
    {
        seggi = r.Seggi,
        nonAssegnati = r.Riparto.SeggiNonAssegnati,
        liste = r.Liste.Select(l => new { lista = l.Lista, cifra = l.CifraElettoralePonderata, seggi = l.Seggi }),
        eletti = r.Eletti.Select(e => new { lista = e.Lista, nome = e.Candidato.Nome, cifra = e.CifraIndividualePonderata, criterio = e.Criterio.ToString() }),
    };
}
