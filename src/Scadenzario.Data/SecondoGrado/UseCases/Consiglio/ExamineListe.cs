using System.Text.Json;
using NodaTime;
using Npgsql;
using Scadenzario.Calendars.Derivation;
using Scadenzario.Calendars.Rules;
using Scadenzario.Calendars;
using Scadenzario.Data.SecondoGrado.Common;
using Scadenzario.Data.Tornate;
using Scadenzario.Elezioni.Liste;
using Scadenzario.Elezioni;
using static Scadenzario.Data.SecondoGrado.Common.Competizioni;
using static Scadenzario.Data.SecondoGrado.Common.Elettorati;
using static Scadenzario.Data.SecondoGrado.Common.Procedimento;
using static Scadenzario.Data.SecondoGrado.Common.Territori;
using static Scadenzario.Elezioni.Nomi;

namespace Scadenzario.Data.SecondoGrado.UseCases;

public sealed record ExamineListeInput(long UfficioId, string By);

/// <summary>
/// The office's examination of every list filed (AmmissioneListe): candidates between half and all the
/// seats, candidates and signatories in the electorate, each signature's validity against the filing
/// deadline of the calendar. Stored as a new act each time; the latest is the one in force.
/// </summary>
public sealed class ExamineListe(NpgsqlDataSource dataSource, IClock clock)
{
    private const string PresentazioneListeRule = "presentazione-liste";

    public async Task<RapportoAmmissione> HandleAsync(ExamineListeInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (ufficioId, by) = input;
        await using var atto = await UfficioTransaction.BeginAsync(dataSource, ufficioId, by, cancellationToken);
        var (connection, ufficio) = (atto.Connection, atto.Ufficio);
        await RifiutaDopoLaProclamazione(connection, ufficioId, cancellationToken);
        var liste = await ListeRegistrate(connection, ufficioId, cancellationToken);
        if (liste.Count == 0)
        {
            throw new RefusedByRuleException("Nessuna lista registrata da esaminare.");
        }

        var elettorato = await Elettorato(connection, ufficioId, alGiornoDellaVotazione: true, cancellationToken);
        var territorio = (await Territorio(connection, ufficioId, cancellationToken)).ToDictionary(c => c.Code, c => c.Name);
        var elettori = elettorato.Values.SelectMany(c => c.Amministratori).ToList();
        var nomi = elettori.ToDictionary(a => a.Chiave, a => $"{a.Nome} ({territorio[a.ComuneCode]})");
        foreach (var persona in liste.SelectMany(l => l.Candidati.Select(c => (c.Chiave, c.Nome, c.Comune)).Concat(l.Firme.Select(f => (f.Chiave, f.Nome, f.Comune)))))
        {
            nomi.TryAdd(persona.Chiave, $"{persona.Nome} ({territorio.GetValueOrDefault(persona.Comune, persona.Comune)})");
        }

        var termine = await TerminePresentazione(connection, ufficio, cancellationToken);
        IReadOnlyList<EsitoLista> esiti;
        try
        {
            esiti = AmmissioneListe.Esamina(
                elettori.Select(e => e.Chiave).ToList(), ufficio.Seggi, termine,
                liste.Select(l => new ListaPresentata(l.Nome, l.Candidati.Select(c => c.Chiave).ToList(), l.Firme.Select(f => new Sottoscrizione(f.Chiave, f.Autenticata)).ToList())).ToList());
        }
        catch (DatiElettoraliNonValidiException e)
        {
            throw new RefusedByRuleException(e.Message);
        }

        var report = esiti.Select(e => new EsitoAmmissione(
            e.Nome, e.Ammessa, e.CandidatiAmmessi.Select(k => nomi[k]).ToList(),
            e.CandidatureRicusate.Select(r => new Ricusazione(nomi[r.ElettoreId], r.Motivo)).ToList(),
            e.MinimoCandidati, e.SottoscrizioniValide, e.MinimoSottoscrizioni,
            e.SottoscrizioniNulle.Select(n => new FirmaNulla(nomi[n.ElettoreId], n.Autenticazione, n.Motivo)).ToList(),
            e.MotiviRicusazione)).ToList();
        var now = clock.GetCurrentInstant();
        var id = await Sql.ScalarAsync<long>(connection, """
            INSERT INTO sg_ammissione (ufficio_id, termine, examined_at, examined_by, report) VALUES ($1, $2, $3, $4, $5::jsonb) RETURNING id
            """, cancellationToken, ufficioId, termine, now, by, JsonSerializer.Serialize(report, JsonSecondoGrado.Options));
        foreach (var (lista, esito) in liste.Zip(esiti))
        {
            var ammessi = esito.CandidatiAmmessi.Select(k => lista.Candidati.First(c => c.Chiave == k).Id).ToArray();
            await Sql.ExecuteAsync(connection, "INSERT INTO sg_ammissione_lista (ammissione_id, lista_id, ammessa, candidati_ammessi) VALUES ($1, $2, $3, $4)",
                cancellationToken, id, lista.Id, esito.Ammessa, ammessi);
        }

        await atto.CommitAsync(cancellationToken);
        return new RapportoAmmissione(id, termine, ufficio.Seggi, elettori.Count, report, now);
    }

    /// <summary>The filing deadline as the calendar dates it: the 180 days of the signatures count back from it.</summary>
    /// <summary>The filing deadline as stored for the ente's act (the tornata's own date, not a re-derivation): the signatures' window counts back from it.</summary>
    private static async Task<LocalDate> TerminePresentazione(NpgsqlConnection connection, UfficioInfo ufficio, CancellationToken ct) =>
        (await StoredDeadlines.FindAsync(connection, ufficio.TornataId, ufficio.EnteCode, $"{ufficio.Consultation}.{PresentazioneListeRule}", ct))?.DueDate
        ?? throw new RefusedByRuleException($"Il calendario {ufficio.Consultation} non data la presentazione delle liste.");
}
