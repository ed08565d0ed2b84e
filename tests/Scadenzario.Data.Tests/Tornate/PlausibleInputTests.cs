using NodaTime;
using NodaTime.Testing;
using Scadenzario.Calendars.Derivation;
using Scadenzario.Data.Model;
using Scadenzario.Data.Tests.Support;
using Scadenzario.Data.Tornate;

namespace Scadenzario.Data.Tests.Tornate;

/// <summary>
/// Only plausible voting days and events get in (issue 10, item 7): what is refused writes
/// nothing, on the real PostgreSQL, with the comuni of the Città metropolitana di Genova. Today is
/// 1 March 2024 unless a test moves the clock.
/// </summary>
public sealed class PlausibleInputTests : IAsyncLifetime
{
    private const string Genova = "010025";
    private static readonly LocalDate Sunday = new(2024, 6, 9);

    private readonly TestDatabase database = new();
    private readonly FakeClock clock = Fixtures.Clock();

    private TornataService Tornate => new(database.DataSource, Fixtures.Calendars, clock);

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        await Fixtures.ImportAsync(database, "GE");
    }

    public Task DisposeAsync() => database.DisposeAsync();

    [Theory]
    [InlineData("2024-06-10", "Le elezioni dirette si tengono di domenica, oppure sabato e domenica o domenica e lunedì, non lunedì 10 giugno 2024: indicare ad esempio --voting-days 2024-03-03.")]
    [InlineData("2024-06-08", "Le elezioni dirette si tengono di domenica, oppure sabato e domenica o domenica e lunedì, non sabato 8 giugno 2024: indicare ad esempio --voting-days 2024-03-03.")]
    [InlineData("1900-06-10", "I giorni della votazione (domenica 10 giugno 1900) sono già passati: indicare una data futura, ad esempio --voting-days 2024-03-03.")]
    [InlineData("2027-06-06", "I giorni della votazione (domenica 6 giugno 2027) sono oltre due anni da oggi (il limite è domenica 1 marzo 2026): controllare l'anno, ad esempio --voting-days 2024-03-03.")]
    public async Task Create_ImplausibleDay_IsRefusedAndWritesNothing(string day, string message)
    {
        var error = await Assert.ThrowsAsync<RefusedByRuleException>(() => Tornate.CreateAsync("Europee 2024", [Parse(day)]));

        Assert.Equal(message, error.Message);
        Assert.Equal(0, await Count("tornata"));
    }

    [Fact]
    public async Task Create_SecondLevelOnAWednesday_IsAcceptedAndTakesOnlySecondLevelConsultations()
    {
        var wednesday = new LocalDate(2024, 10, 30);

        var tornata = await Tornate.CreateAsync("Consiglio metropolitano 2024", [wednesday], TornataParameters.None, VotingLevel.SecondLevel);
        var added = await Tornate.AddConsultationAsync(tornata, "metropolitane", EntiSelection.Parse("province:GE"), "test");
        var before = await Counts();
        var error = await Assert.ThrowsAsync<RefusedByRuleException>(() => Tornate.AddConsultationAsync(tornata, "europee", EntiSelection.Parse("province:GE"), "test"));

        Assert.Equal(1, added.Enti);
        Assert.Equal("«Elezioni europee» è un'elezione diretta e non può tenersi mercoledì 30 ottobre 2024: si vota di domenica, oppure sabato e domenica o domenica e lunedì; " +
            "aggiungerla a una tornata con questi giorni.", error.Message);
        Assert.Equal(before, await Counts());
    }

    [Fact]
    public async Task AddConsultation_MetropolitaneToASundayMondayTornata_IsRefusedAndWritesNothing()
    {
        var tornata = await Tornate.CreateAsync("Comunali 2024", [Sunday, Sunday.PlusDays(1)]);
        var before = await Counts();

        var error = await Assert.ThrowsAsync<RefusedByRuleException>(() => Tornate.AddConsultationAsync(tornata, "metropolitane", EntiSelection.Parse("province:GE"), "test"));

        Assert.StartsWith("«Elezione del consiglio metropolitano» è un'elezione di secondo grado e si tiene nel solo giorno fissato dal decreto, non domenica 9 giugno 2024 e lunedì 10 giugno 2024", error.Message);
        Assert.Equal(before, await Counts());
        Assert.Equal(0, await Count("tornata_ente"));
    }

    [Fact]
    public async Task Postpone_ToASaturdayAlone_IsRefusedAndWritesNothing()
    {
        var tornata = await Europee();
        var before = await Counts();

        var preview = await Assert.ThrowsAsync<RefusedByRuleException>(() => Tornate.PreviewPostponeAsync(tornata, [new LocalDate(2024, 6, 22)]));
        var apply = await Assert.ThrowsAsync<RefusedByRuleException>(() => Tornate.PostponeAsync(tornata, [new LocalDate(2024, 6, 22)], "d.l. di rinvio", "Ministero"));

        Assert.Equal(
            "Le elezioni dirette si tengono di domenica, oppure sabato e domenica o domenica e lunedì, non sabato 22 giugno 2024: indicare ad esempio --voting-days 2024-03-03.",
            apply.Message);
        Assert.Equal(preview.Message, apply.Message.Replace("I giorni", "I nuovi giorni", StringComparison.Ordinal));
        Assert.Equal(before, await Counts());
        Assert.Equal("{2024-06-09}", await database.ScalarAsync<string>($"SELECT voting_days::text FROM tornata WHERE id = {tornata}"));
    }

    [Fact]
    public async Task Postpone_PreviewWritesNothing_ThenTheConfirmedPostponementMovesWhatItShowed()
    {
        var tornata = await Europee();
        var before = await Counts();
        var newDays = new[] { Sunday.PlusWeeks(2) };

        var preview = await Tornate.PreviewPostponeAsync(tornata, newDays);

        Assert.Equal(before, await Counts());
        Assert.Equal("{2024-06-09}", await database.ScalarAsync<string>($"SELECT voting_days::text FROM tornata WHERE id = {tornata}"));
        Assert.Equal(67, preview.Enti.Count);
        var genova = preview.Enti.Single(e => e.EnteCode == Genova);
        var votazione = genova.Changes.Single(c => c.RuleId == "votazione");
        Assert.Equal(TaskChangeKind.Moved, votazione.Kind);
        Assert.Equal(("domenica 9 giugno 2024, ore 23:00", "domenica 23 giugno 2024, ore 23:00"), (votazione.From, votazione.To));

        var result = await Tornate.PostponeAsync(tornata, newDays, "d.l. di rinvio", "Ministero");

        Assert.Equal(preview.Count(TaskChangeKind.Moved), result.Moved);
        Assert.Equal(result.Moved, await Count("adempimento_move"));
        Assert.Equal("{2024-06-23}", await database.ScalarAsync<string>($"SELECT voting_days::text FROM tornata WHERE id = {tornata}"));
    }

    [Fact]
    public async Task RecordEvent_ChiusuraScrutinioTwoMonthsBeforeTheVote_IsRefusedAndWritesNothing()
    {
        var tornata = await Comunali();
        clock.Reset(Instant.FromUtc(2024, 4, 9, 10, 0));
        var before = await Counts();

        var error = await Assert.ThrowsAsync<RefusedByRuleException>(() => Tornate.RecordEventAsync(tornata, Genova, "chiusura-scrutinio", new LocalDate(2024, 4, 9), "Ufficio elettorale"));

        Assert.Equal(
            "Chiusura delle operazioni di scrutinio: martedì 9 aprile 2024 è precedente alla votazione (che si tiene domenica 9 giugno 2024), ma questo evento ne segue la chiusura; " +
            "indicare un giorno da domenica 9 giugno 2024 a giovedì 13 giugno 2024.", error.Message);
        Assert.Equal(before, await Counts());
    }

    [Fact]
    public async Task CorrectEvent_KeepsThePreviousDayInTheHistoryAndMovesTheTasksAnchoredToIt()
    {
        var tornata = await Comunali();
        clock.Reset(Instant.FromUtc(2024, 5, 14, 10, 0));
        await Tornate.RecordEventAsync(tornata, Genova, "liste-ammesse", new LocalDate(2024, 5, 13), "Ufficio elettorale");
        var assigned = await DueDate("propaganda.assegnazione-spazi");
        var before = await Counts();

        var again = await Assert.ThrowsAsync<ConflictException>(() => Tornate.RecordEventAsync(tornata, Genova, "liste-ammesse", new LocalDate(2024, 5, 12), "Ufficio elettorale", Calendars.Derivation.VotingDaysAdvice.CommandLine));
        var noReason = await Assert.ThrowsAsync<InvalidInputException>(() => Tornate.CorrectEventAsync(tornata, Genova, "liste-ammesse", new LocalDate(2024, 5, 12), " ", "Ufficio elettorale"));
        Assert.Equal(before, await Counts());
        Assert.StartsWith("«Ricevimento della comunicazione delle liste e candidature ammesse» è già registrato per l'ente 010025 con il giorno lunedì 13 maggio 2024: per cambiarlo correggerlo", again.Message);
        Assert.StartsWith("Indicare il motivo della correzione", noReason.Message);

        var result = await Tornate.CorrectEventAsync(tornata, Genova, "liste-ammesse", new LocalDate(2024, 5, 12), "protocollo letto male", "Segretario");

        Assert.Equal("2024-05-15", assigned);
        Assert.Equal("2024-05-14", await DueDate("propaganda.assegnazione-spazi"));
        Assert.True(result.Moved > 0);
        Assert.Equal("2024-05-12", await database.ScalarAsync<string>($"SELECT day::text FROM ente_event WHERE ente_code = '{Genova}' AND event = 'liste-ammesse'"));
        var history = await EventHistory.ReadAsync(database.DataSource, Genova, tornata);
        Assert.Equal(
            [
                new EventHistoryEntry("liste-ammesse", Instant.FromUtc(2024, 5, 14, 10, 0), "Ufficio elettorale", null, new LocalDate(2024, 5, 13), null),
                new EventHistoryEntry("liste-ammesse", Instant.FromUtc(2024, 5, 14, 10, 0), "Segretario", new LocalDate(2024, 5, 13), new LocalDate(2024, 5, 12), "protocollo letto male"),
            ],
            history);
        Assert.Equal(
            "correzione dell'evento «Ricevimento della comunicazione delle liste e candidature ammesse»: da lunedì 13 maggio 2024 a domenica 12 maggio 2024 (protocollo letto male)",
            await database.ScalarAsync<string>($"SELECT m.reason FROM adempimento_move m JOIN adempimento_vista a ON a.id = m.adempimento_id WHERE a.rule_id = 'propaganda.assegnazione-spazi' AND a.ente_code = '{Genova}' ORDER BY m.id DESC LIMIT 1"));
        await Assert.ThrowsAnyAsync<Npgsql.PostgresException>(() => database.ScalarAsync<int>("DELETE FROM ente_event_audit"));
    }

    private async Task<long> Europee()
    {
        var tornata = await Tornate.CreateAsync("Europee 2024", [Sunday]);
        await Tornate.AddConsultationAsync(tornata, "europee", EntiSelection.Parse("province:GE"), "test");
        return tornata;
    }

    private async Task<long> Comunali()
    {
        var tornata = await Tornate.CreateAsync("Comunali 2024", [Sunday]);
        var file = Path.Combine(Path.GetTempPath(), $"enti-{Guid.NewGuid():N}.txt");
        await File.WriteAllLinesAsync(file, [Genova]);
        await Tornate.AddConsultationAsync(tornata, "comunali", EntiSelection.Parse($"file:{file}"), "test");
        return tornata;
    }

    private Task<string?> DueDate(string rule) =>
        database.ScalarAsync<string>($"SELECT due_date::text FROM adempimento_vista WHERE ente_code = '{Genova}' AND rule_id = '{rule}'");

    private async Task<long> Count(string table) => await database.ScalarAsync<long>($"SELECT count(*) FROM {table}");

    // Every table a refused request could have written to.
    private async Task<string> Counts()
    {
        var tables = new[] { "tornata", "tornata_ente", "adempimento", "adempimento_audit", "adempimento_move", "ente_event", "ente_event_audit" };
        var counts = new List<string>();
        foreach (var table in tables)
        {
            counts.Add($"{table}={await Count(table)}");
        }

        var sum = await database.ScalarAsync<string>("SELECT coalesce(string_agg(id || ':' || coalesce(due_local::text, '-') || ':' || status, ',' ORDER BY id), '') FROM adempimento_vista");
        return string.Join(" ", counts) + " " + sum!.GetHashCode(StringComparison.Ordinal);
    }

    private static LocalDate Parse(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text).Value;
}
