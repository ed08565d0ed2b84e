using NodaTime;
using Npgsql;
using Scadenzario.Calendars.Time;
using Scadenzario.Elezioni;
using Scadenzario.Elezioni.Consiglio;
using Scadenzario.Elezioni.Fasce;
using Scadenzario.Elezioni.Ponderazione;
using Scadenzario.Elezioni.Scrutinio;
using Scadenzario.Elezioni.Presidente;
using static Scadenzario.Elezioni.Nomi;

namespace Scadenzario.Data.SecondoGrado.Common;

/// <summary>The common checks of the procedure: which acts are still open, and the calculators' refusals in the product's terms.</summary>
internal static class Procedimento
{
    internal static async Task RifiutaDopoLaProclamazione(NpgsqlConnection connection, long ufficioId, CancellationToken ct)
    {
        var proclamata = await Sql.QueryAsync(connection, "SELECT proclaimed_at FROM sg_proclamazione WHERE ufficio_id = $1 ORDER BY id DESC LIMIT 1",
            r => r.GetFieldValue<Instant>(0), ct, ufficioId);
        if (proclamata.Count > 0)
        {
            throw new ConflictException($"Gli eletti sono già stati proclamati il {DateItaliane.Testo(proclamata[0].InZone(RomeTime.Zone).Date)}: il procedimento è chiuso.");
        }
    }

    internal static async Task RifiutaDopoLaProclamazionePresidente(NpgsqlConnection connection, long ufficioId, CancellationToken ct)
    {
        var proclamato = await Sql.QueryAsync(connection, "SELECT proclaimed_at FROM sg_proclamazione_presidente WHERE ufficio_id = $1 ORDER BY id DESC LIMIT 1",
            r => r.GetFieldValue<Instant>(0), ct, ufficioId);
        if (proclamato.Count > 0)
        {
            throw new ConflictException($"Il presidente è già stato proclamato il {DateItaliane.Testo(proclamato[0].InZone(RomeTime.Zone).Date)}: il procedimento è chiuso.");
        }
    }

    internal static void RichiediProvincia(UfficioInfo ufficio)
    {
        if (ufficio.Consultation != "provinciali")
        {
            throw new RefusedByRuleException(
                $"La {ufficio.Denominazione} non elegge un presidente: il sindaco metropolitano è di diritto il sindaco del comune capoluogo (L. 56/2014, art. 1, comma 19). Le candidature a presidente si presentano solo nelle elezioni provinciali.");
        }
    }

    internal static void Verifica(Action calcolo)
    {
        try
        {
            calcolo();
        }
        catch (SorteggioNecessarioException e)
        {
            throw new RefusedByRuleException(e.Message);
        }
        catch (DatiElettoraliNonValidiException e)
        {
            throw new RefusedByRuleException(e.Message);
        }
    }
}
