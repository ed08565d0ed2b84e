using Npgsql;
using Scadenzario.Calendars.Time;
using Scadenzario.Data.Limits;
using Scadenzario.Elezioni;
using Scadenzario.Elezioni.Consiglio;
using Scadenzario.Elezioni.Fasce;
using Scadenzario.Elezioni.Ponderazione;

namespace Scadenzario.Data.SecondoGrado;

public sealed partial class UfficioElettoraleService
{
    /// <summary>
    /// Records the segretario's attestation of the sindaco and consiglieri in office at the 35th day (or
    /// that the council is dissolved) and completes the comune's attestation task with it as evidence.
    /// Refused for a comune outside the territory, a second attestation (a later change is a variation),
    /// no sindaco or more than one, and more consiglieri than the comune's council has.
    /// </summary>
    public async Task<StatoComune> RegistraAttestazioneAsync(
        long ufficioId, string comune, IReadOnlyList<AmministratoreInput> amministratori, bool commissariato, string by, string? protocollo = null,
        CancellationToken cancellationToken = default)
    {
        RichiediAutore(by);
        ArgumentNullException.ThrowIfNull(amministratori);
        SecondoGradoLimits.CheckAttestazione(comune, amministratori, protocollo);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var ufficio = await UfficioBloccato(connection, ufficioId, cancellationToken);
        var territorio = await Territorio(connection, ufficioId, cancellationToken);
        var c = await RisolviComune(connection, ufficio, territorio, comune, cancellationToken);
        if (Oggi() >= ufficio.GiornoVotazione)
        {
            throw new DomainException($"La votazione ({DateItaliane.Testo(ufficio.GiornoVotazione)}) è già iniziata: non si accolgono più attestazioni.");
        }

        var precedente = await Sql.QueryAsync(connection, "SELECT received_at FROM sg_attestazione WHERE ufficio_id = $1 AND comune_code = $2",
            r => r.GetFieldValue<NodaTime.Instant>(0), cancellationToken, ufficioId, c.Code);
        if (precedente.Count > 0)
        {
            throw new DomainException(
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

        await transaction.CommitAsync(cancellationToken);

        // The task is the comune's: completing it is what its day list, the reminders and the prefettura's
        // overview look at. Done after the attestation is stored, so a task is never closed without one.
        if (task.Count == 1 && task[0].Status == Model.AdempimentoStatuses.Id(Model.AdempimentoStatus.DaFare))
        {
            var nota = commissariato
                ? "Attestazione ricevuta dall'ufficio elettorale: consiglio sciolto, nessun avente diritto"
                : $"Attestazione ricevuta dall'ufficio elettorale: {amministratori.Count} amministratori in carica";
            await adempimenti.CompleteAsync(task[0].Id, c.Code, by, protocollo, nota, cancellationToken);
        }

        // The ente holding the election carries the same act in its own calendar: for its office it means
        // collecting every attestation, done when the last comune's arrives.
        var stato = await StatoElettoratoAsync(ufficioId, cancellationToken);
        if (!stato.Mancanti.Any())
        {
            await CompletaSeAperto(ufficio.TornataId, ufficio.EnteCode, $"{ufficio.Consultation}.{AttestazioniRule}", by,
                $"Ricevute le attestazioni di tutti i {stato.Comuni.Count} comuni del territorio", cancellationToken);
        }

        return stato.Comuni.Single(s => s.Code == c.Code);
    }

    private static void VerificaAttestazione(ComuneDelTerritorio c, IReadOnlyList<AmministratoreInput> amministratori, bool commissariato, UfficioInfo ufficio)
    {
        if (commissariato)
        {
            if (amministratori.Count > 0)
            {
                throw new DomainException($"Il comune di {c.Name} è dichiarato commissariato: l'attestazione non può elencare amministratori in carica.");
            }

            return;
        }

        if (amministratori.Count == 0)
        {
            throw new DomainException($"L'attestazione del comune di {c.Name} non elenca alcun amministratore: indicare sindaco e consiglieri, oppure che il consiglio è sciolto.");
        }

        foreach (var a in amministratori)
        {
            if (string.IsNullOrWhiteSpace(a.Nome))
            {
                throw new DomainException($"Comune di {c.Name}: un amministratore è senza nome.");
            }

            if (!Cariche.Valida(a.Carica))
            {
                throw new DomainException($"Comune di {c.Name}: carica \"{a.Carica}\" di {a.Nome} non valida (sindaco o consigliere).");
            }

            if (a.DataNascita.PlusYears(18) > ufficio.Riferimento)
            {
                throw new DomainException($"Comune di {c.Name}: {a.Nome} (data di nascita {DateItaliane.Testo(a.DataNascita)}) non era maggiorenne al {DateItaliane.Testo(ufficio.Riferimento)}.");
            }
        }

        var sindaci = amministratori.Count(a => a.Carica == Cariche.Sindaco);
        if (sindaci != 1)
        {
            throw new DomainException($"L'attestazione del comune di {c.Name} deve indicare un solo sindaco: ne indica {sindaci}.");
        }

        var consiglieri = amministratori.Count - 1;
        var massimo = ComposizioneConsigli.ConsiglieriComunali(c.Popolazione, c.Capoluogo);
        if (consiglieri > massimo)
        {
            throw new DomainException(
                $"Il conto non torna: il consiglio comunale di {c.Name} ({c.Popolazione:N0} abitanti) ha {massimo} consiglieri oltre al sindaco, l'attestazione ne indica {consiglieri}.");
        }

        var doppio = amministratori.GroupBy(a => (Normalizza(a.Nome), a.DataNascita)).FirstOrDefault(g => g.Count() > 1);
        if (doppio is not null)
        {
            throw new DomainException($"Comune di {c.Name}: {doppio.First().Nome} compare più di una volta nell'attestazione.");
        }
    }

    /// <summary>Which comuni have sent their attestation, how many electors each has now, and their task's state.</summary>
    public async Task<StatoElettorato> StatoElettoratoAsync(long ufficioId, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var ufficio = await Ufficio(connection, ufficioId, cancellationToken);
        var territorio = await Territorio(connection, ufficioId, cancellationToken);
        var attestazioni = await Sql.QueryAsync(connection, "SELECT comune_code, commissariato, received_at FROM sg_attestazione WHERE ufficio_id = $1",
            r => (Code: r.GetString(0), Commissariato: r.GetBoolean(1), Ricevuta: r.GetFieldValue<NodaTime.Instant>(2)), cancellationToken, ufficioId);
        var tasks = await Sql.QueryAsync(connection, "SELECT ente_code, id, status, due_local FROM adempimento WHERE tornata_id = $1 AND rule_id = $2",
            r => (Code: r.GetString(0), Id: r.GetInt64(1), Status: r.GetString(2), Due: Sql.Nullable<NodaTime.LocalDateTime>(r, 3)),
            cancellationToken, ufficio.TornataId, $"{ufficio.Consultation}.{AttestazioniRule}");
        var variazioni = await Sql.QueryAsync(connection, "SELECT comune_code, count(*) FROM sg_variazione WHERE ufficio_id = $1 GROUP BY comune_code",
            r => (Code: r.GetString(0), Count: (int)r.GetInt64(1)), cancellationToken, ufficioId);
        var elettorato = await Elettorato(connection, ufficioId, alGiornoDellaVotazione: true, cancellationToken);

        var perAttestazione = attestazioni.ToDictionary(a => a.Code);
        var perTask = tasks.ToDictionary(t => t.Code);
        var perVariazioni = variazioni.ToDictionary(v => v.Code, v => v.Count);
        var comuni = territorio.Select(c =>
        {
            var attestato = perAttestazione.TryGetValue(c.Code, out var a);
            var task = perTask.TryGetValue(c.Code, out var t) ? t : default;
            var inCarica = elettorato.GetValueOrDefault(c.Code);
            return new StatoComune(
                c.Code, c.Name, c.Popolazione, FasceDemografiche.Di(c.Popolazione, c.Name), attestato, inCarica?.Commissariato ?? false,
                attestato ? inCarica?.Amministratori.Count ?? 0 : null,
                ComposizioneConsigli.ElettoriStimati(c.Popolazione, c.Capoluogo),
                attestato ? a.Ricevuta : null, task.Code is null ? null : task.Id, task.Status, task.Due, perVariazioni.GetValueOrDefault(c.Code));
        }).ToList();
        return new StatoElettorato(ufficio, comuni);
    }

    /// <summary>
    /// Records a change of the electorate (a councillor who leaves, one who takes the seat, a council
    /// dissolved), dated between the 35th day and the day before the vote; refused from the voting day on.
    /// </summary>
    public async Task<long> RegistraVariazioneAsync(long ufficioId, VariazioneInput variazione, string by, CancellationToken cancellationToken = default)
    {
        RichiediAutore(by);
        ArgumentNullException.ThrowIfNull(variazione);
        SecondoGradoLimits.CheckVariazione(variazione);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var ufficio = await UfficioBloccato(connection, ufficioId, cancellationToken);
        var oggi = Oggi();
        if (oggi > ufficio.UltimoGiornoVariazioni)
        {
            throw new DomainException(
                $"Le variazioni del corpo elettorale si registrano fino al giorno precedente la votazione ({DateItaliane.Testo(ufficio.UltimoGiornoVariazioni)}): oggi, {DateItaliane.Testo(oggi)}, non è più possibile.");
        }

        if (variazione.Giorno < ufficio.Riferimento || variazione.Giorno > ufficio.UltimoGiornoVariazioni)
        {
            throw new DomainException(
                $"La variazione del {DateItaliane.Testo(variazione.Giorno)} è fuori dal periodo ammesso: dal {DateItaliane.Testo(ufficio.Riferimento)} (35° giorno antecedente) al {DateItaliane.Testo(ufficio.UltimoGiornoVariazioni)}.");
        }

        if (variazione.Giorno > oggi)
        {
            throw new DomainException($"Una variazione non può avere una data futura ({DateItaliane.Testo(variazione.Giorno)}).");
        }

        if (string.IsNullOrWhiteSpace(variazione.Motivo))
        {
            throw new DomainException("Indicare il motivo della variazione (es. dimissioni del consigliere, delibera di surroga).");
        }

        var territorio = await Territorio(connection, ufficioId, cancellationToken);
        var c = await RisolviComune(connection, ufficio, territorio, variazione.Comune, cancellationToken);
        var elettorato = await Elettorato(connection, ufficioId, alGiornoDellaVotazione: true, cancellationToken);
        if (!elettorato.TryGetValue(c.Code, out var inCarica))
        {
            throw new DomainException($"Il comune di {c.Name} non ha ancora inviato l'attestazione: registrarla prima delle variazioni.");
        }

        if (inCarica.Commissariato)
        {
            throw new DomainException($"Il consiglio comunale di {c.Name} risulta sciolto: non ha più aventi diritto da variare.");
        }

        long? amministratoreId = variazione.Tipo switch
        {
            TipoVariazione.Cessazione => Cessante(c, inCarica, variazione.AmministratoreId),
            TipoVariazione.Subentro => await Subentrante(connection, ufficioId, c, inCarica, variazione.Subentrante, cancellationToken),
            _ => null,
        };
        var id = await Sql.ScalarAsync<long>(connection, """
            INSERT INTO sg_variazione (ufficio_id, comune_code, day, kind, amministratore_id, motivo, recorded_at, recorded_by)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id
            """, cancellationToken, ufficioId, c.Code, variazione.Giorno, variazione.Tipo.ToString().ToLowerInvariant(), amministratoreId,
            variazione.Motivo.Trim(), clock.GetCurrentInstant(), by);
        await transaction.CommitAsync(cancellationToken);
        return id;
    }

    private static long Cessante(ComuneDelTerritorio c, ComuneInCarica inCarica, long? amministratoreId) =>
        amministratoreId is { } id && inCarica.Amministratori.Any(a => a.Id == id)
            ? id
            : throw new DomainException($"Indicare un amministratore in carica nel comune di {c.Name} (identificativo {amministratoreId?.ToString() ?? "mancante"} non trovato).");

    private static async Task<long> Subentrante(NpgsqlConnection connection, long ufficioId, ComuneDelTerritorio c, ComuneInCarica inCarica, AmministratoreInput? nuovo, CancellationToken ct)
    {
        if (nuovo is null || string.IsNullOrWhiteSpace(nuovo.Nome) || nuovo.Carica != Cariche.Consigliere)
        {
            throw new DomainException($"Comune di {c.Name}: per un subentro indicare nome, sesso e data di nascita del consigliere subentrante.");
        }

        if (inCarica.Amministratori.Count - 1 >= ComposizioneConsigli.ConsiglieriComunali(c.Popolazione, c.Capoluogo))
        {
            throw new DomainException($"Il conto non torna: il consiglio comunale di {c.Name} è al completo; registrare prima la cessazione del consigliere sostituito.");
        }

        return await Sql.ScalarAsync<long>(connection, """
            INSERT INTO sg_amministratore (ufficio_id, comune_code, nome, sesso, data_nascita, carica) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id
            """, ct, ufficioId, c.Code, nuovo.Nome.Trim(), nuovo.Sesso.ToString(), nuovo.DataNascita, nuovo.Carica);
    }

    /// <summary>The persons in office of a comune: attested and, if asked, as changed up to the day before the vote.</summary>
    public async Task<IReadOnlyList<Amministratore>> AmministratoriAsync(long ufficioId, string comune, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var ufficio = await Ufficio(connection, ufficioId, cancellationToken);
        var c = await RisolviComune(connection, ufficio, await Territorio(connection, ufficioId, cancellationToken), comune, cancellationToken);
        var elettorato = await Elettorato(connection, ufficioId, alGiornoDellaVotazione: true, cancellationToken);
        return elettorato.TryGetValue(c.Code, out var inCarica) ? inCarica.Amministratori : [];
    }

    /// <summary>
    /// Publishes the electorate at the 35th day: electors and population per fascia, the index (Allegato A),
    /// the minimum signatures. Missing attestations are refused unless <paramref name="stimaMancanti"/>, in
    /// which case those comuni count with a full council and are named in the publication.
    /// </summary>
    public async Task<ElettoratoPubblicato> PubblicaElettoratoAsync(long ufficioId, string by, bool stimaMancanti = false, CancellationToken cancellationToken = default)
    {
        RichiediAutore(by);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var ufficio = await UfficioBloccato(connection, ufficioId, cancellationToken);
        var territorio = await Territorio(connection, ufficioId, cancellationToken);
        var elettorato = await Elettorato(connection, ufficioId, alGiornoDellaVotazione: false, cancellationToken);
        var mancanti = territorio.Where(c => !elettorato.ContainsKey(c.Code)).ToList();
        if (mancanti.Count > 0 && !stimaMancanti)
        {
            throw new DomainException(
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

        await transaction.CommitAsync(cancellationToken);
        await CompletaSeAperto(ufficio.TornataId, ufficio.EnteCode, $"{ufficio.Consultation}.{PubblicazioneRule}", by,
            $"Pubblicati {elettori} aventi diritto; minimo di sottoscrizioni per lista {Sottoscrizioni.MinimoPerLista(elettori)}", cancellationToken);
        return new ElettoratoPubblicato(id, ufficio.Riferimento, elettori, ponderazione.PopolazioneTotale, ufficio.Seggi,
            Sottoscrizioni.MinimoPerLista(elettori), Sottoscrizioni.MinimoPerPresidente(elettori), mancanti.Select(m => m.Name).ToList(), ponderazione, now);
    }

    /// <summary>The latest publication of the electorate, if any, with the figures exactly as published.</summary>
    public async Task<ElettoratoPubblicato?> UltimaPubblicazioneAsync(long ufficioId, CancellationToken cancellationToken = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var ufficio = await Ufficio(connection, ufficioId, cancellationToken);
        var rows = await Sql.QueryAsync(connection, """
            SELECT id, riferimento, elettori, popolazione, minimo_firme_lista, minimo_firme_presidente, comuni_senza_attestazione, published_at,
                   comune_oltre_45, comuni_commissariati
            FROM sg_pubblicazione WHERE ufficio_id = $1 ORDER BY id DESC LIMIT 1
            """, r => (Id: r.GetInt64(0), Rif: r.GetFieldValue<NodaTime.LocalDate>(1), Elettori: r.GetInt32(2), Pop: r.GetInt64(3), Lista: r.GetInt32(4),
                Pres: r.GetInt32(5), Stimati: r.GetFieldValue<string[]>(6), At: r.GetFieldValue<NodaTime.Instant>(7), Oltre45: Sql.NullableString(r, 8),
                Commissariati: r.GetFieldValue<string[]>(9)), cancellationToken, ufficioId);
        if (rows.Count == 0)
        {
            return null;
        }

        var p = rows[0];
        var fasce = await Sql.QueryAsync(connection, """
            SELECT fascia, comuni, popolazione, elettori, percentuale, percentuale_dopo_45, percentuale_rettificata, limite, indice
            FROM sg_pubblicazione_fascia WHERE pubblicazione_id = $1 ORDER BY fascia
            """, r => new IndiceFascia(Enum.Parse<Fascia>(r.GetString(0)), r.GetInt32(1), r.GetInt64(2), r.GetInt32(3), r.GetDecimal(4), r.GetDecimal(5),
                r.GetDecimal(6), r.GetInt32(8), Enum.Parse<LimiteApplicato>(r.GetString(7))), cancellationToken, p.Id);
        var nomi = (await Territorio(connection, ufficioId, cancellationToken)).ToDictionary(c => c.Code, c => c.Name);
        var ponderazione = new Ponderazione(fasce, p.Pop, p.Elettori, p.Oltre45, p.Commissariati);
        return new ElettoratoPubblicato(p.Id, p.Rif, p.Elettori, p.Pop, ufficio.Seggi, p.Lista, p.Pres, p.Stimati.Select(s => nomi.GetValueOrDefault(s, s)).ToList(), ponderazione, p.At);
    }

    private static Ponderazione Pondera(IReadOnlyList<ComuneDelTerritorio> territorio, IReadOnlyDictionary<string, ComuneInCarica> elettorato, bool stimaMancanti)
    {
        var comuni = territorio
            .Where(c => elettorato.ContainsKey(c.Code) || stimaMancanti)
            .Select(c => elettorato.TryGetValue(c.Code, out var e)
                ? new ComuneElettorale(c.Name, c.Popolazione, e.Commissariato ? 0 : e.Amministratori.Count, e.Commissariato)
                : new ComuneElettorale(c.Name, c.Popolazione, ComposizioneConsigli.ElettoriStimati(c.Popolazione, c.Capoluogo)));
        try
        {
            return IndicePonderazione.Calcola(comuni);
        }
        catch (DatiElettoraliNonValidiException e)
        {
            throw new DomainException(e.Message);
        }
    }

    /// <summary>
    /// The persons in office per attested comune: at the 35th day (the attestations alone), or at the vote
    /// (with every variation applied: cessazioni out, subentri in, commissariamenti empty the comune).
    /// </summary>
    private static async Task<Dictionary<string, ComuneInCarica>> Elettorato(NpgsqlConnection connection, long ufficioId, bool alGiornoDellaVotazione, CancellationToken ct)
    {
        var attestati = await Sql.QueryAsync(connection, "SELECT comune_code, commissariato FROM sg_attestazione WHERE ufficio_id = $1",
            r => (Code: r.GetString(0), Commissariato: r.GetBoolean(1)), ct, ufficioId);
        var variazioni = await Sql.QueryAsync(connection, "SELECT comune_code, kind, amministratore_id FROM sg_variazione WHERE ufficio_id = $1",
            r => (Code: r.GetString(0), Kind: r.GetString(1), Id: Sql.Nullable<long>(r, 2)), ct, ufficioId);
        var subentrati = variazioni.Where(v => v.Kind == "subentro").Select(v => v.Id!.Value).ToHashSet();
        var cessati = variazioni.Where(v => v.Kind == "cessazione").Select(v => v.Id!.Value).ToHashSet();
        var sciolti = variazioni.Where(v => v.Kind == "commissariamento").Select(v => v.Code).ToHashSet();
        var persone = await Sql.QueryAsync(connection, """
            SELECT id, comune_code, nome, sesso, data_nascita, carica FROM sg_amministratore WHERE ufficio_id = $1 ORDER BY id
            """, r => new Amministratore(r.GetInt64(0), r.GetString(1), r.GetString(2), SessoDa(r.GetString(3)), r.GetFieldValue<NodaTime.LocalDate>(4), r.GetString(5)),
            ct, ufficioId);
        var inCarica = persone
            .Where(p => alGiornoDellaVotazione ? !cessati.Contains(p.Id) : !subentrati.Contains(p.Id))
            .ToLookup(p => p.ComuneCode);
        return attestati.ToDictionary(a => a.Code, a =>
        {
            var commissariato = a.Commissariato || (alGiornoDellaVotazione && sciolti.Contains(a.Code));
            return new ComuneInCarica(commissariato, commissariato ? [] : inCarica[a.Code].ToList());
        });
    }

    private sealed record ComuneInCarica(bool Commissariato, IReadOnlyList<Amministratore> Amministratori);
}
