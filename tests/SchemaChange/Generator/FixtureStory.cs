using NodaTime;
using NodaTime.Testing;
using Npgsql;
using Scadenzario.Calendars;
using Scadenzario.Calendars.Time;
using Scadenzario.Data.Adempimenti;
using Scadenzario.Data.Enti;
using Scadenzario.Data.Tornate;

namespace Scadenzario.SchemaChange.Generator;

/// <summary>
/// What happened in the province of Genova before the clock of the byte-for-byte test stops
/// (Thursday 30 May 2024, 9:15 in Rome), told through the product's services at migration 0025:
/// the tornata of 9 June 2024 with europee in Genova, Arenzano and Rapallo and comunali (with the
/// ballottaggio waiting) in Genova and Rossiglione; a change of the decree's parameters that moves
/// acts; acts completed with protocol, note or both; one reopened the same day (overdue again) and
/// one reopened this morning after the digest (an urgent notice); the lists admitted in Genova
/// recorded, which dates the acts waiting for them; the offices' addresses; a feed. Genova has
/// acts overdue, due today and in the next days, the prefettura's own in the next days, acts of
/// others to know about, and the ballottaggio and the results waiting for their events.
/// </summary>
internal static class FixtureStory
{
    public const int SchemaVersion = 25;
    public const string Genova = "010025";
    public const string Arenzano = "010001";
    public const string Rapallo = "010046";
    public const string Rossiglione = "010051";

    /// <summary>The token of Genova's feed: fixed, so that the feed's URL is one.</summary>
    public const string FeedToken = "snapshot0feed0token0of0genova000000000000";

    public static readonly Instant Start = Instant.FromUtc(2024, 3, 1, 11, 0);

    public static async Task TellAsync(NpgsqlDataSource dataSource, CalendarSet calendars, FakeClock clock)
    {
        var tornate = new TornataService(dataSource, calendars, clock);
        var acts = new AdempimentiService(dataSource, clock);
        var tornata = await tornate.CreateAsync("Europee e comunali 2024", [new LocalDate(2024, 6, 9)]);
        await tornate.AddConsultationAsync(tornata, "europee", new EntiSelection("file", "fixture", [Genova, Arenzano, Rapallo]), "amministratore");
        await tornate.AddConsultationAsync(tornata, "comunali", new EntiSelection("file", "fixture", [Genova, Rossiglione]), "amministratore");

        await EntiContacts.SetAsync(dataSource, Genova, new("elettorale@comune.genova.it", "segreteria.generale@comune.genova.it", "protocollo.prefge@pec.interno.it"));
        await EntiContacts.SetAsync(dataSource, Arenzano, new("elettorale@comune.arenzano.ge.it", null, "protocollo.prefge@pec.interno.it"));
        await EntiContacts.SetAsync(dataSource, Rapallo, new("elettorale@comune.rapallo.ge.it", "segreteria.generale@comune.genova.it", null));
        await EntiContacts.SetAsync(dataSource, Rossiglione, new("elettorale@comune.rossiglione.ge.it", "segretario@comune.rossiglione.ge.it", "protocollo.prefge@pec.interno.it"));

        // EntiContacts stamps the contacts' history with the database's now(), and that history
        // refuses updates: those eight timestamps are the only part of the dump a regeneration changes.
        At(clock, 2024, 4, 2, 10, 0);
        await tornate.ChangeParametersAsync(tornata, new Dictionary<string, string> { ["chiusura-votazione"] = "22:00" }, "amministratore");

        At(clock, 2024, 5, 8, 10, 30);
        await acts.CompleteAsync(await Act(dataSource, Genova, "propaganda.delimitazione-spazi"), Genova, "op.genova", "PG/2024/0118", "Delibera di Giunta n. 52 del 7 maggio");
        await acts.CompleteAsync(await Act(dataSource, Arenzano, "propaganda.delimitazione-spazi"), Arenzano, "Ufficio elettorale", "12/2024", null);

        At(clock, 2024, 5, 10, 11, 0);
        await acts.CompleteAsync(await Act(dataSource, Genova, "europee.consolati-omessi"), Genova, "op.genova", null, "Nessun elettore da iscrivere: elenco consolare completo");
        await acts.CompleteAsync(await Act(dataSource, Genova, "revisione.iscrizioni-altri-motivi"), Genova, "seg.genova", "PG/2024/0131", null);
        await acts.CompleteAsync(await Act(dataSource, Rossiglione, "revisione.iscrizioni-altri-motivi"), Rossiglione, "Ufficio elettorale", null, "Verbale n. 3");

        At(clock, 2024, 5, 11, 11, 30);
        var lists = await Act(dataSource, Genova, "comunali.presentazione-liste");
        await acts.CompleteAsync(lists, Genova, "op.genova", "PG/2024/0140", "Ricevute 14 liste");
        At(clock, 2024, 5, 11, 16, 0);
        await acts.ReopenAsync(lists, Genova, "seg.genova", "Manca il verbale di ricevimento della lista n. 9");

        At(clock, 2024, 5, 13, 18, 0);
        await tornate.RecordEventAsync(tornata, Genova, "liste-ammesse", new LocalDate(2024, 5, 13), "Ufficio elettorale");

        At(clock, 2024, 5, 15, 7, 0);
        await acts.CompleteAsync(await Act(dataSource, Genova, "propaganda.assegnazione-spazi"), Genova, "op.genova", "PG/2024/0152", null);

        At(clock, 2024, 5, 29, 17, 0);
        await acts.CompleteAsync(await Act(dataSource, Genova, "manifesti.avvertenze-elettori"), Genova, "op.genova", "PG/2024/0201", "Affisso in tutte le sezioni");

        // Completed before this morning's digest, reopened after it: due today, it cannot wait for tomorrow's.
        var correction = await Act(dataSource, Genova, "tessere.manifesto-rettifica");
        At(clock, 2024, 5, 30, 7, 0);
        await acts.CompleteAsync(correction, Genova, "op.genova", "PG/2024/0207", null);
        At(clock, 2024, 5, 30, 9, 0);
        await acts.ReopenAsync(correction, Genova, "seg.genova", "Il manifesto riporta gli orari del 2019: da ristampare");

        // The feed's secret, as the web's FeedTokens writes it (the test reads the feed through its URL).
        await using var feed = dataSource.CreateCommand("INSERT INTO feed_token (ente_code, token, created_at, created_by) VALUES ($1, $2, $3, 'op.genova')");
        feed.Parameters.Add(new NpgsqlParameter { Value = Genova });
        feed.Parameters.Add(new NpgsqlParameter { Value = FeedToken });
        feed.Parameters.Add(new NpgsqlParameter { Value = clock.GetCurrentInstant() });
        await feed.ExecuteNonQueryAsync();
    }

    private static void At(FakeClock clock, int year, int month, int day, int hour, int minute) =>
        clock.Reset(RomeTime.ToInstant(new LocalDateTime(year, month, day, hour, minute)));

    private static async Task<long> Act(NpgsqlDataSource dataSource, string ente, string rule)
    {
        await using var command = dataSource.CreateCommand("SELECT id FROM adempimento WHERE ente_code = $1 AND rule_id = $2");
        command.Parameters.Add(new NpgsqlParameter { Value = ente });
        command.Parameters.Add(new NpgsqlParameter { Value = rule });
        return (long)(await command.ExecuteScalarAsync() ?? throw new InvalidOperationException($"no act {rule} of {ente}"));
    }
}
