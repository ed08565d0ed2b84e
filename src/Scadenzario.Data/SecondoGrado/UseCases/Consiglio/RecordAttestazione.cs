using NodaTime;
using Npgsql;
using Scadenzario.Calendars.Time;
using Scadenzario.Data.Adempimenti;
using Scadenzario.Data.Limits;
using Scadenzario.Data.SecondoGrado.Common;
using Scadenzario.Elezioni.Attestazioni;
using static Scadenzario.Data.SecondoGrado.Common.Competizioni;
using static Scadenzario.Data.SecondoGrado.Common.Elettorati;
using static Scadenzario.Data.SecondoGrado.Common.Procedimento;
using static Scadenzario.Data.SecondoGrado.Common.Territori;
using static Scadenzario.Elezioni.Nomi;

namespace Scadenzario.Data.SecondoGrado.UseCases;

/// <param name="Protocollo">The protocol number the attestation was received under, if any: the comune's task keeps it as evidence.</param>
public sealed record RecordAttestazioneInput(
    long UfficioId, string Comune, IReadOnlyList<AmministratoreInput> Amministratori, bool Commissariato, string By, string? Protocollo = null);

/// <summary>
/// Records the segretario's attestation of the sindaco and consiglieri in office at the 35th day (or
/// that the council is dissolved) and completes the comune's attestation task with it as evidence.
/// Refused for a comune outside the territory, a second attestation (a later change is a variation),
/// no sindaco or more than one, and more consiglieri than the comune's council has.
/// </summary>
/// <remarks>One transaction: the attestation, the comune's task and, with the last attestation, the ente's own act.</remarks>
public sealed class RecordAttestazione(NpgsqlDataSource dataSource, IClock clock)
{
    private readonly AdempimentiService adempimenti = new(dataSource, clock);

    public async Task<StatoComune> HandleAsync(RecordAttestazioneInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (ufficioId, comune, amministratori, commissariato, by, protocollo) = input;
        ArgumentNullException.ThrowIfNull(amministratori);
        SecondoGradoLimits.CheckAttestazione(comune, amministratori, protocollo);
        await using var atto = await UfficioTransaction.BeginAsync(dataSource, ufficioId, by, cancellationToken);
        var (connection, ufficio) = (atto.Connection, atto.Ufficio);
        var territorio = await Territorio(connection, ufficioId, cancellationToken);
        var c = await RisolviComune(connection, ufficio, territorio, comune, cancellationToken);
        if (Oggi(clock) >= ufficio.GiornoVotazione)
        {
            throw new RefusedByRuleException($"La votazione ({DateItaliane.Testo(ufficio.GiornoVotazione)}) è già iniziata: non si accolgono più attestazioni.");
        }

        var precedente = await Sql.QueryAsync(connection, "SELECT received_at FROM sg_attestazione WHERE ufficio_id = $1 AND comune_code = $2",
            r => r.GetFieldValue<NodaTime.Instant>(0), cancellationToken, ufficioId, c.Code);
        if (precedente.Count > 0)
        {
            throw new ConflictException(
                $"L'attestazione del comune di {c.Name} è già registrata (ricevuta il {DateItaliane.Testo(precedente[0].InZone(RomeTime.Zone).Date)}): le modifiche successive si registrano come variazioni.");
        }

        VerificaAttestazione(c, amministratori, commissariato, ufficio);
        var task = await Sql.QueryAsync(connection, """
            SELECT id, status FROM adempimento WHERE tornata_id = $1 AND ente_code = $2 AND rule_id = $3
            """, r => (Id: r.GetInt64(0), Status: r.GetString(1)), cancellationToken, ufficio.TornataId, c.Code, $"{ufficio.Consultation}.{AttestazioniRule}");
        await Sql.UnicoAsync(() => Sql.ExecuteAsync(connection, """
            INSERT INTO sg_attestazione (ufficio_id, comune_code, commissariato, received_at, recorded_by, protocol_number, adempimento_id)
            VALUES ($1, $2, $3, $4, $5, $6, $7)
            """, cancellationToken, ufficioId, c.Code, commissariato, clock.GetCurrentInstant(), by, protocollo, task.Count == 1 ? task[0].Id : null),
            $"L'attestazione del comune di {c.Name} è già stata registrata da un'altra sessione.");
        foreach (var a in amministratori)
        {
            await Sql.ExecuteAsync(connection, """
                INSERT INTO sg_amministratore (ufficio_id, comune_code, nome, sesso, data_nascita, carica) VALUES ($1, $2, $3, $4, $5, $6)
                """, cancellationToken, ufficioId, c.Code, a.Nome.Trim(), a.Sesso.ToString(), a.DataNascita, a.Carica);
        }

        // The task is the comune's: completing it is what its day list, the reminders and the prefettura's
        // overview look at. In the attestation's transaction, so a task is never closed without one.
        if (task.Count == 1 && task[0].Status == Model.AdempimentoStatuses.Id(Model.AdempimentoStatus.DaFare))
        {
            var nota = commissariato
                ? "Attestazione ricevuta dall'ufficio elettorale: consiglio sciolto, nessun avente diritto"
                : $"Attestazione ricevuta dall'ufficio elettorale: {amministratori.Count} amministratori in carica";
            await adempimenti.CompleteAsync(task[0].Id, c.Code, by, protocollo, nota, atto.Transaction, cancellationToken);
        }

        // The ente holding the election carries the same act in its own calendar: for its office it means
        // collecting every attestation, done when the last comune's arrives.
        var stato = await Elettorati.StatoAsync(connection, ufficioId, cancellationToken);
        if (!stato.Mancanti.Any())
        {
            await AttiDellEnte.CompletaSeAperto(adempimenti, atto.Transaction, ufficio.TornataId, ufficio.EnteCode, $"{ufficio.Consultation}.{AttestazioniRule}", by,
                $"Ricevute le attestazioni di tutti i {stato.Comuni.Count} comuni del territorio", cancellationToken);
        }

        await atto.CommitAsync(cancellationToken);
        return stato.Comuni.Single(s => s.Code == c.Code);
    }

    /// <summary>
    /// The attestation's own checks: each person named with a valid office, then the law's checks of
    /// Scadenzario.Elezioni (of age at the 35th day, one sindaco, no more consiglieri than the council has,
    /// nobody twice), each defect in the office's words.
    /// </summary>
    private static void VerificaAttestazione(ComuneDelTerritorio c, IReadOnlyList<AmministratoreInput> amministratori, bool commissariato, UfficioInfo ufficio)
    {
        foreach (var a in amministratori)
        {
            if (string.IsNullOrWhiteSpace(a.Nome))
            {
                throw new InvalidInputException($"Comune di {c.Name}: un amministratore è senza nome.");
            }

            if (!Cariche.Valida(a.Carica))
            {
                throw new InvalidInputException($"Comune di {c.Name}: carica \"{a.Carica}\" di {a.Nome} non valida (sindaco o consigliere).");
            }
        }

        var persone = amministratori.Select(a => new PersonaAttestata(a.Nome, a.DataNascita, a.Carica == Cariche.Sindaco)).ToList();
        var difetto = Elezioni.Attestazioni.VerificaAttestazione.Verifica(c.Popolazione, c.Capoluogo, ufficio.Riferimento, persone, commissariato);
        string? motivo = difetto switch
        {
            null => null,
            DifettoAttestazione.CommissariatoConAmministratori =>
                $"Il comune di {c.Name} è dichiarato commissariato: l'attestazione non può elencare amministratori in carica.",
            DifettoAttestazione.NessunAmministratore =>
                $"L'attestazione del comune di {c.Name} non elenca alcun amministratore: indicare sindaco e consiglieri, oppure che il consiglio è sciolto.",
            DifettoAttestazione.NonMaggiorenne m =>
                $"Comune di {c.Name}: {m.Persona.Nome} (data di nascita {DateItaliane.Testo(m.Persona.DataNascita)}) non era maggiorenne al {DateItaliane.Testo(ufficio.Riferimento)}.",
            DifettoAttestazione.SindaciNonUno s =>
                $"L'attestazione del comune di {c.Name} deve indicare un solo sindaco: ne indica {s.Sindaci}.",
            DifettoAttestazione.TroppiConsiglieri t =>
                $"Il conto non torna: il consiglio comunale di {c.Name} ({c.Popolazione:N0} abitanti) ha {t.Massimo} consiglieri oltre al sindaco, l'attestazione ne indica {t.Indicati}.",
            DifettoAttestazione.Ripetuta r =>
                $"Comune di {c.Name}: {r.Persona.Nome} compare più di una volta nell'attestazione.",
            _ => throw new InvalidOperationException(difetto.ToString()),
        };
        if (motivo is not null)
        {
            throw new RefusedByRuleException(motivo);
        }
    }
}
