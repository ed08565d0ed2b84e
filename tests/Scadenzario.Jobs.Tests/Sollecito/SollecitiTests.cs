using NodaTime;
using Scadenzario.Calendars.Time;
using Scadenzario.Data;
using Scadenzario.Data.Adempimenti;
using Scadenzario.Data.Tests.Support;
using Scadenzario.Jobs.Scheduling;
using Scadenzario.Jobs.Sollecito;
using Scadenzario.Jobs.Tests.Support;

namespace Scadenzario.Jobs.Tests.Sollecito;

/// <summary>The prefettura's sollecito of an overdue act: delivered through the outbox to the real SMTP server, and in the act's history.</summary>
public sealed class SollecitiTests : IAsyncLifetime
{
    // The presentation of the lists of Genova is due on Saturday 11 May 2024 at 12.
    private static readonly LocalDateTime SundayMorning = new(2024, 5, 12, 9, 0);
    private readonly Scenario scenario = new();
    private long lists;

    public async Task InitializeAsync()
    {
        await scenario.InitializeAsync();
        lists = await scenario.TaskIdAsync(Scenario.Genova, "comunali.presentazione-liste");
    }

    public Task DisposeAsync() => scenario.DisposeAsync();

    [Fact]
    public async Task Sollecito_OverdueAct_DeliveredToTheComuneAndRecordedInItsHistory()
    {
        var at = RomeTime.ToInstant(SundayMorning);

        var sent = await Solleciti.SendAsync(scenario.Database.DataSource, Fixtures.Calendars, scenario.Options, lists, "pref.genova", "Si prega di provvedere entro oggi.", at);
        scenario.Clock.Reset(at);
        await scenario.Runner().RunAsync(JobNames.Sender, at, CancellationToken.None);
        var mails = await scenario.Mail.MessagesAsync();

        Assert.Equal(new[] { Scenario.SegretarioCondiviso, Scenario.UfficioGenova }.Order(StringComparer.Ordinal), sent.Recipients.Order(StringComparer.Ordinal));
        Assert.Equal(sent.Recipients.Order(StringComparer.Ordinal), mails.Select(m => m.To).Order(StringComparer.Ordinal));
        var mail = mails[0];
        Assert.Equal("Sollecito della Prefettura - UTG di Genova – Comune di Genova: Presentazione delle liste dei candidati", mail.Subject);
        Assert.Contains("per il Comune di Genova (010025) l'adempimento seguente risulta ancora da completare, oltre la scadenza", mail.Text);
        Assert.Contains("Scadenza: sabato 11 maggio 2024, ore 12:00", mail.Text);
        Assert.Contains("Nota della Prefettura: Si prega di provvedere entro oggi.", mail.Text);
        Assert.Contains($"http://localhost:5080/adempimenti/{lists}", mail.Text);
        Assert.Contains("Sollecito inviato domenica 12 maggio 2024 alle ore 09:00 da pref.genova.", mail.Text);

        Assert.Equal("sollecitato|pref.genova|da_fare", await scenario.Database.ScalarAsync<string>(
            $"SELECT action || '|' || actor || '|' || to_status FROM adempimento_storia WHERE adempimento_id = {lists} ORDER BY id DESC LIMIT 1"));
        var details = await scenario.Database.ScalarAsync<string>($"SELECT details::text FROM adempimento_storia WHERE adempimento_id = {lists} AND action = 'sollecitato'");
        Assert.Equal("Sollecito della Prefettura al comune", AuditText.Action(Scadenzario.Data.Model.AuditAction.Sollecitato));
        // jsonb keeps its keys shortest first.
        Assert.Equal($"nota: Si prega di provvedere entro oggi.; destinatari: {string.Join(", ", sent.Recipients)}", AuditText.Details(details!));
        Assert.Equal("da_fare", await scenario.Database.ScalarAsync<string>($"SELECT status FROM adempimento_vista WHERE id = {lists}"));
    }

    [Fact]
    public async Task Sollecito_SecondTheSameDay_RefusedAndNothingMoreWritten()
    {
        var at = RomeTime.ToInstant(SundayMorning);
        await Solleciti.SendAsync(scenario.Database.DataSource, Fixtures.Calendars, scenario.Options, lists, "pref.genova", null, at);

        var refused = await Assert.ThrowsAsync<ConflictException>(() =>
            Solleciti.SendAsync(scenario.Database.DataSource, Fixtures.Calendars, scenario.Options, lists, "admin", null, at + Duration.FromHours(2)));

        Assert.Equal("Il comune è già stato sollecitato oggi per questo adempimento (alle ore 09:00, da pref.genova): un sollecito al giorno per adempimento.", refused.Message);
        Assert.Equal(2, await scenario.Database.ScalarAsync<long>("SELECT count(*) FROM outbox WHERE kind = 'sollecito'"));
        Assert.Equal(1, await scenario.Database.ScalarAsync<long>($"SELECT count(*) FROM adempimento_storia WHERE adempimento_id = {lists} AND action = 'sollecitato'"));

        // The next day, a new one is allowed.
        await Solleciti.SendAsync(scenario.Database.DataSource, Fixtures.Calendars, scenario.Options, lists, "pref.genova", null, at + Duration.FromDays(1));
        Assert.Equal(4, await scenario.Database.ScalarAsync<long>("SELECT count(*) FROM outbox WHERE kind = 'sollecito'"));
    }

    [Fact]
    public async Task Sollecito_ActNotYetOverdue_Refused()
    {
        var friday = RomeTime.ToInstant(new LocalDateTime(2024, 5, 10, 9, 0));

        var refused = await Assert.ThrowsAsync<ConflictException>(() =>
            Solleciti.SendAsync(scenario.Database.DataSource, Fixtures.Calendars, scenario.Options, lists, "pref.genova", null, friday));

        Assert.Contains("non è scaduto (in scadenza)", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, await scenario.Database.ScalarAsync<long>("SELECT count(*) FROM outbox"));
        Assert.Equal(0, await scenario.Database.ScalarAsync<long>("SELECT count(*) FROM adempimento_storia WHERE action = 'sollecitato'"));
    }

    [Fact]
    public async Task Sollecito_ComuneWithoutAddresses_RefusedWithTheReason()
    {
        await scenario.Database.ScalarAsync<int>($"UPDATE ente SET email_ufficio_elettorale = NULL, email_segretario = NULL WHERE code = '{Scenario.Genova}'");

        var refused = await Assert.ThrowsAsync<RefusedByRuleException>(() =>
            Solleciti.SendAsync(scenario.Database.DataSource, Fixtures.Calendars, scenario.Options, lists, "pref.genova", null, RomeTime.ToInstant(SundayMorning)));

        Assert.StartsWith("Comune di Genova non ha indirizzi a cui scrivere", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, await scenario.Database.ScalarAsync<long>("SELECT count(*) FROM adempimento_storia WHERE action = 'sollecitato'"));
    }
}
