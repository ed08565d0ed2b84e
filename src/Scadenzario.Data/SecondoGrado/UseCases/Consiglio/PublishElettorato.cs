using NodaTime;
using Npgsql;
using Scadenzario.Data.Adempimenti;
using Scadenzario.Data.SecondoGrado.Common;
using Scadenzario.Elezioni.Consiglio;
using static Scadenzario.Data.SecondoGrado.Common.Competizioni;
using static Scadenzario.Data.SecondoGrado.Common.Elettorati;
using static Scadenzario.Data.SecondoGrado.Common.Procedimento;
using static Scadenzario.Data.SecondoGrado.Common.Territori;
using static Scadenzario.Elezioni.Nomi;

namespace Scadenzario.Data.SecondoGrado.UseCases;

/// <param name="StimaMancanti">Publish although attestations are missing, counting those comuni with a full council.</param>
public sealed record PublishElettoratoInput(long UfficioId, string By, bool StimaMancanti = false);

/// <summary>
/// Publishes the electorate at the 35th day: electors and population per fascia, the index (Allegato A),
/// the minimum signatures. Missing attestations are refused unless <c>StimaMancanti</c>, in
/// which case those comuni count with a full council and are named in the publication.
/// </summary>
public sealed class PublishElettorato(NpgsqlDataSource dataSource, IClock clock)
{
    private const string PubblicazioneRule = "pubblicazione-aventi-diritto";

    private readonly AdempimentiService adempimenti = new(dataSource, clock);

    public async Task<ElettoratoPubblicato> HandleAsync(PublishElettoratoInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (ufficioId, by, stimaMancanti) = input;
        await using var atto = await UfficioTransaction.BeginAsync(dataSource, ufficioId, by, cancellationToken);
        var (connection, ufficio) = (atto.Connection, atto.Ufficio);
        var territorio = await Territorio(connection, ufficioId, cancellationToken);
        var elettorato = await Elettorato(connection, ufficioId, alGiornoDellaVotazione: false, cancellationToken);
        var mancanti = territorio.Where(c => !elettorato.ContainsKey(c.Code)).ToList();
        if (mancanti.Count > 0 && !stimaMancanti)
        {
            throw new RefusedByRuleException(
                $"Mancano le attestazioni di {mancanti.Count} comuni ({string.Join(", ", mancanti.Take(10).Select(m => m.Name))}{(mancanti.Count > 10 ? ", …" : "")}): " +
                "sollecitarle, oppure pubblicare con la stima dei consigli completi.");
        }

        var ponderazione = Pondera(territorio, elettorato, stimaMancanti);
        var elettori = ponderazione.ElettoriTotali;
        var now = clock.GetCurrentInstant();
        var id = await Sql.ScalarAsync<long>(connection, """
            INSERT INTO sg_pubblicazione (ufficio_id, riferimento, elettori, popolazione, minimo_firme_lista, minimo_firme_presidente,
                comuni_senza_attestazione, comune_oltre_45, comuni_commissariati, published_at, published_by)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id
            """, cancellationToken, ufficioId, ufficio.Riferimento, elettori, ponderazione.PopolazioneTotale, Sottoscrizioni.MinimoPerLista(elettori),
            Sottoscrizioni.MinimoPerPresidente(elettori), mancanti.Select(m => m.Code).ToArray(), ponderazione.ComuneOltre45,
            ponderazione.ComuniCommissariati.ToArray(), now, by);
        foreach (var f in ponderazione.Fasce)
        {
            await Sql.ExecuteAsync(connection, """
                INSERT INTO sg_pubblicazione_fascia (pubblicazione_id, fascia, comuni, popolazione, elettori, percentuale, percentuale_dopo_45,
                    percentuale_rettificata, limite, indice)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
                """, cancellationToken, id, f.Fascia.ToString(), f.Comuni, f.Popolazione, f.Elettori, f.Percentuale, f.PercentualeDopoLimiteComune,
                f.PercentualeRettificata, f.Limite.ToString(), f.Indice);
        }

        await AttiDellEnte.CompletaSeAperto(adempimenti, atto.Transaction, ufficio.TornataId, ufficio.EnteCode, $"{ufficio.Consultation}.{PubblicazioneRule}", by,
            $"Pubblicati {elettori} aventi diritto; minimo di sottoscrizioni per lista {Sottoscrizioni.MinimoPerLista(elettori)}", cancellationToken);
        await atto.CommitAsync(cancellationToken);
        return new ElettoratoPubblicato(id, ufficio.Riferimento, elettori, ponderazione.PopolazioneTotale, ufficio.Seggi,
            Sottoscrizioni.MinimoPerLista(elettori), Sottoscrizioni.MinimoPerPresidente(elettori), mancanti.Select(m => m.Name).ToList(), ponderazione, now);
    }
}
