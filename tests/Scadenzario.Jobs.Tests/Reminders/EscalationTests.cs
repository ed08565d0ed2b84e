using NodaTime;
using Scadenzario.Data.Adempimenti;
using Scadenzario.Jobs.Scheduling;
using Scadenzario.Jobs.Tests.Support;

namespace Scadenzario.Jobs.Tests.Reminders;

/// <summary>Escalation to the prefettura and the assicurazione al Prefetto.</summary>
public sealed class EscalationTests : IAsyncLifetime
{
    private readonly Scenario scenario = new();

    public Task InitializeAsync() => scenario.InitializeAsync();

    public Task DisposeAsync() => scenario.DisposeAsync();

    [Fact]
    public async Task Escalation_ActsOpenAfterTheirDeadline_AreATableOfComuniToThePrefettura()
    {
        await OnlyGenovaLateSinceSaturdayAsync();

        var sameMorning = await scenario.RunAndDeliverAsync(JobNames.Escalation, new LocalDateTime(2024, 5, 11, 8, 0));
        Assert.Empty(sameMorning);  // due at 12:00 and at 24:00: not yet late

        var dayAfter = await scenario.RunAndDeliverAsync(JobNames.Escalation, new LocalDateTime(2024, 5, 12, 8, 0));
        var mail = Assert.Single(dayAfter);
        Assert.Equal(Scenario.PrefetturaGenova, mail.To);
        Assert.Equal("Adempimenti elettorali scaduti – Prefettura - UTG di Genova, domenica 12 maggio 2024: 3 adempimenti in 1 ente", mail.Subject);
        // One row per comune: the count, the most urgent (the oldest deadline), the link to the comune in the dashboard.
        Assert.Contains("Ente | Scaduti | Il più urgente | Scaduto\n", mail.Text);
        Assert.Contains("Comune di Genova (010025) | 3 | Apertura straordinaria dell'ufficio elettorale per certificati e candidature | sabato 11 maggio 2024, ore 12:00\n"
            + $"  http://localhost:5080/prefettura/GE?tornata={scenario.Tornata}#comune-010025\n", mail.Text);
        Assert.Contains($"<a href=\"http://localhost:5080/prefettura/GE?tornata={scenario.Tornata}#comune-010025\">Comune di Genova (010025)</a>", mail.Html);
        Assert.DoesNotContain("Rapallo", mail.Text);
        Assert.Contains("Per scegliere quali messaggi ricevere: http://localhost:5080/account/notifiche", mail.Text);
    }

    [Fact]
    public async Task Escalation_ScadutiOfEachComune_AreTheDashboardCountsOfTheSameMorning()
    {
        // Everything done but, in Genova, its three acts of Saturday 11 May (the 29th day before the
        // vote) and, in Rapallo, the attestation for the electors abroad (16 May) and their list to
        // the commissione circondariale (18 May), both of its office, the electors' revocation (17 May,
        // not the comune's work) and the appointment of the scrutatori (by 20 May, not yet due).
        await scenario.Database.ScalarAsync<int>($"""
            UPDATE adempimento SET status = 'completato', completed_at = now(), completed_by = 'test'
            WHERE status = 'da_fare'
              AND NOT (ente_code = '{Scenario.Genova}' AND due_date = '2024-05-11')
              AND NOT (ente_code = '{Scenario.Rapallo}' AND rule_id IN ('europee.voto-estero-attestazione', 'europee.voto-estero-elenco-cecir',
                                                                         'europee.voto-estero-revoca', 'scrutatori.nomina'))
            """);

        // Sunday 19 May, 8:00: the escalation, and the dashboard opened at the same instant.
        var mail = Assert.Single(await scenario.RunAndDeliverAsync(JobNames.Escalation, new LocalDateTime(2024, 5, 19, 8, 0)));
        var dashboard = await new ProvinceDashboardQueries(scenario.Database.DataSource, scenario.Clock).OverviewAsync(scenario.Tornata, "GE", null);

        Assert.Equal([(Scenario.Genova, 3), (Scenario.Rapallo, 2)], dashboard.Where(p => p.Overdue > 0).Select(p => (p.Code, p.Overdue)).Order());
        Assert.Contains("Comune di Genova (010025) | 3 | ", mail.Text);
        Assert.Contains("Comune di Rapallo (010046) | 2 | ", mail.Text);
        Assert.EndsWith("domenica 19 maggio 2024: 5 adempimenti in 2 enti", mail.Subject);
    }

    [Fact]
    public async Task Escalation_RunAgainTheSameDay_EvenWithANewRecipient_WritesNothing_AndTheNextDayGoesToTheUser()
    {
        await OnlyGenovaLateSinceSaturdayAsync();
        await scenario.RunAsync(JobNames.Escalation, new LocalDateTime(2024, 5, 13, 8, 0));
        Assert.EndsWith(": 0", await scenario.RunAsync(JobNames.Escalation, new LocalDateTime(2024, 5, 13, 15, 0)));

        // A prefettura user with an email at noon: still not a second message that day.
        await People.AddAsync(scenario.Database, "gabinetto@prefettura.genova.it", "GE", Data.Recipients.RecipientBook.PrefetturaRole);
        Assert.EndsWith(": 0", await scenario.RunAsync(JobNames.Escalation, new LocalDateTime(2024, 5, 13, 16, 0)));
        Assert.Equal(1, await scenario.Database.ScalarAsync<int>("SELECT count(*) FROM outbox WHERE kind = 'sollecito'"));

        await scenario.RunAsync(JobNames.Escalation, new LocalDateTime(2024, 5, 14, 8, 0));
        Assert.Equal(
            ["2024-05-13 protocollo.prefge@pec.interno.it", "2024-05-14 gabinetto@prefettura.genova.it"],
            await SollecitiAsync());
    }

    [Fact]
    public async Task Escalation_PrefetturaUserWhoTurnedItOff_GetsNone_AndTheDayIsNotUsedUp()
    {
        await OnlyGenovaLateSinceSaturdayAsync();
        await People.AddAsync(scenario.Database, "gabinetto@prefettura.genova.it", "GE", Data.Recipients.RecipientBook.PrefetturaRole,
            Data.Recipients.NotificationSettings.Everything with { Sollecito = false });

        Assert.EndsWith(": 0", await scenario.RunAsync(JobNames.Escalation, new LocalDateTime(2024, 5, 13, 8, 0)));
        Assert.Equal(0, await scenario.Database.ScalarAsync<int>("SELECT count(*) FROM escalation_day"));
    }

    // Rapallo is up to date; Genova has not recorded the three acts of its own due on 11 May (29th day
    // before the vote): the extraordinary opening of the office and the presentation of the lists,
    // both until 12 (the first is the older by creation, so the one named), and the transmission of
    // the lists to the commissione circondariale, by 24.
    private async Task OnlyGenovaLateSinceSaturdayAsync() =>
        await scenario.Database.ScalarAsync<int>($"""
            UPDATE adempimento SET status = 'completato', completed_at = now(), completed_by = 'test'
            WHERE status = 'da_fare' AND (ente_code = '{Scenario.Rapallo}' OR due_date < '2024-05-11')
            """);

    private async Task<List<string>> SollecitiAsync()
    {
        await using var command = scenario.Database.DataSource.CreateCommand("SELECT substr(dedup_key, 8) || ' ' || recipient FROM outbox WHERE kind = 'sollecito' ORDER BY id");
        await using var reader = await command.ExecuteReaderAsync();
        var result = new List<string>();
        while (await reader.ReadAsync())
        {
            result.Add(reader.GetString(0));
        }

        return result;
    }

    [Fact]
    public async Task Assicurazione_ActRequiringItIsCompleted_ThePrefetturaIsTold()
    {
        var (id, title) = await FirstAsync("assicurazione_prefetto");
        scenario.Clock.Reset(Scadenzario.Calendars.Time.RomeTime.ToInstant(new LocalDateTime(2024, 5, 8, 10, 0)));
        await new AdempimentiService(scenario.Database.DataSource, scenario.Clock).CompleteAsync(id, Scenario.Genova, "Mario Rossi", "PG/2024/12345", null);
        var (other, _) = await FirstAsync("NOT assicurazione_prefetto AND kind = 'scadenza'");
        await new AdempimentiService(scenario.Database.DataSource, scenario.Clock).CompleteAsync(other, Scenario.Genova, "Mario Rossi", "PG/2024/12346", null);

        var mails = await scenario.RunAndDeliverAsync(JobNames.Notices, new LocalDateTime(2024, 5, 8, 10, 5));

        var mail = Assert.Single(mails);
        Assert.Equal(Scenario.PrefetturaGenova, mail.To);
        Assert.Equal($"Assicurazione al Prefetto – Comune di Genova: {title}", mail.Subject);
        Assert.Contains("si assicura che il Comune di Genova (010025) ha svolto l'adempimento seguente:", mail.Text);
        Assert.Contains("Completato mercoledì 8 maggio 2024 alle ore 10:00 da Mario Rossi", mail.Text);
        Assert.Contains("Protocollo n. PG/2024/12345", mail.Text);
        Assert.Contains($"http://localhost:5080/adempimenti/{id}", mail.Text);
        Assert.EndsWith("assicurazioni al Prefetto messe in coda: 0", await scenario.RunAsync(JobNames.Notices, new LocalDateTime(2024, 5, 8, 10, 10)));
    }

    /// <summary>The audit keeps the user name of whoever completed the act; the prefettura reads the person's name.</summary>
    [Fact]
    public async Task Assicurazione_CompletedByAnAccount_NamesThePerson()
    {
        await using (var insert = scenario.Database.DataSource.CreateCommand("""
            INSERT INTO asp_net_users (id, user_name, normalized_user_name, display_name, email_confirmed, phone_number_confirmed, two_factor_enabled, lockout_enabled, access_failed_count)
            VALUES ('u-bianchi', 'm.bianchi', 'M.BIANCHI', 'Maria Bianchi', false, false, false, true, 0)
            """))
        {
            await insert.ExecuteNonQueryAsync();
        }

        var (id, _) = await FirstAsync("assicurazione_prefetto");
        scenario.Clock.Reset(Scadenzario.Calendars.Time.RomeTime.ToInstant(new LocalDateTime(2024, 5, 8, 10, 0)));
        await new AdempimentiService(scenario.Database.DataSource, scenario.Clock).CompleteAsync(id, Scenario.Genova, "m.bianchi", "PG/2024/12347", null);

        var mail = Assert.Single(await scenario.RunAndDeliverAsync(JobNames.Notices, new LocalDateTime(2024, 5, 8, 10, 5)));

        Assert.Contains("Completato mercoledì 8 maggio 2024 alle ore 10:00 da Maria Bianchi", mail.Text);
        Assert.DoesNotContain("m.bianchi", mail.Text);
    }

    private async Task<(long Id, string Title)> FirstAsync(string condition)
    {
        await using var command = scenario.Database.DataSource.CreateCommand(
            $"SELECT id, title FROM adempimento_vista WHERE ente_code = '{Scenario.Genova}' AND status = 'da_fare' AND due_date IS NOT NULL AND {condition} ORDER BY id LIMIT 1");
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return (reader.GetInt64(0), reader.GetString(1));
    }
}
