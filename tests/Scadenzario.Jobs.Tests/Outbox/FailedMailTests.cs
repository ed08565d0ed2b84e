using NodaTime;
using Scadenzario.Jobs.Composition;
using Scadenzario.Jobs.Outbox;
using Scadenzario.Jobs.Scheduling;
using Scadenzario.Jobs.Tests.Support;

namespace Scadenzario.Jobs.Tests.Outbox;

/// <summary>
/// A message that fails for good is not given up silently: the transport refuses an address that is
/// not one mailbox (nothing reaches the second address of a list), the amministratori get a notice
/// as soon as a run delivers again, once, and a re-queued message is tried again with a new window.
/// </summary>
public sealed class FailedMailTests : IAsyncLifetime
{
    private const string Amministratore = "amministratore@scadenzario.example.it";
    private static readonly LocalDateTime ListsMorning = new(2024, 5, 10, 7, 30);
    private readonly Scenario scenario = new();

    public Task InitializeAsync() => scenario.InitializeAsync();

    public Task DisposeAsync() => scenario.DisposeAsync();

    [Fact]
    public async Task FailedForGood_ToldToTheAmministratoriOnce_AndRequeuedIsTriedAgain()
    {
        await AddAmministratoreAsync();
        await scenario.RunAsync(JobNames.Digest, ListsMorning);
        // An address written before the strict check: a lenient parser would deliver to the second mailbox.
        await OutboxWriter.EnqueueAsync(scenario.Database.DataSource,
            [new OutboxMessage(Scenario.Rondanina, "elettorale@comune.rondanina.ge.it, intruso@example.org", MessageKinds.Prova, "prova:1", new MailContent("Prova", "Prova", "<p>Prova</p>"))],
            scenario.Clock.GetCurrentInstant(), CancellationToken.None);
        var bad = await scenario.Database.ScalarAsync<long>("SELECT id FROM outbox WHERE kind = 'prova'");

        await scenario.Runner().RunAsync(JobNames.Sender, scenario.Clock.GetCurrentInstant(), CancellationToken.None);

        Assert.Equal("failed", await scenario.Database.ScalarAsync<string>($"SELECT status FROM outbox WHERE id = {bad}"));
        Assert.Contains("più di un indirizzo", await scenario.Database.ScalarAsync<string>($"SELECT last_error FROM outbox WHERE id = {bad}"), StringComparison.Ordinal);
        var received = await scenario.Mail.MessagesAsync();
        Assert.DoesNotContain(received, m => m.To.Contains("intruso", StringComparison.Ordinal));
        var notice = Assert.Single(received, m => m.To == Amministratore);
        Assert.Equal("Scadenzario: un messaggio non è stato recapitato", notice.Subject);
        Assert.Contains("intruso@example.org", notice.Text, StringComparison.Ordinal);
        Assert.Contains("/amministrazione/posta", notice.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(received, m => m.To == "ex@scadenzario.example.it");

        // Told once: another run tells nothing more.
        scenario.Clock.Advance(Duration.FromMinutes(5));
        await scenario.Runner().RunAsync(JobNames.Sender, scenario.Clock.GetCurrentInstant(), CancellationToken.None);
        Assert.Single(await scenario.Mail.MessagesAsync(), m => m.To == Amministratore);

        // Re-queued: tried again at once, with the same Message-ID; failing again, it is told again.
        Assert.Empty(await OutboxRequeue.RequeueAsync(scenario.Database.DataSource, [bad], "admin", scenario.Clock.GetCurrentInstant(), CancellationToken.None));
        Assert.Equal("pending", await scenario.Database.ScalarAsync<string>($"SELECT status FROM outbox WHERE id = {bad}"));
        Assert.Equal("admin", await scenario.Database.ScalarAsync<string>($"SELECT requeued_by FROM outbox WHERE id = {bad}"));
        await scenario.Runner().RunAsync(JobNames.Sender, scenario.Clock.GetCurrentInstant(), CancellationToken.None);
        Assert.Equal(2, await scenario.Database.ScalarAsync<long>($"SELECT count(*) FROM outbox_attempt WHERE outbox_id = {bad}"));
        Assert.Equal("failed", await scenario.Database.ScalarAsync<string>($"SELECT status FROM outbox WHERE id = {bad}"));
    }

    [Fact]
    public async Task Requeue_MessageNotFailed_RefusedInItalianAndNothingChanges()
    {
        await scenario.RunAsync(JobNames.Digest, ListsMorning);
        var pending = await scenario.Database.ScalarAsync<long>("SELECT min(id) FROM outbox");

        var refusals = await OutboxRequeue.RequeueAsync(scenario.Database.DataSource, [pending, 999_999], "admin", scenario.Clock.GetCurrentInstant(), CancellationToken.None);

        Assert.Equal([$"Il messaggio n. {pending} non è tra quelli non recapitati: è in coda.", "Il messaggio n. 999999 non esiste."], refusals);
        Assert.Equal(0, await scenario.Database.ScalarAsync<long>("SELECT count(*) FROM outbox WHERE requeued_at IS NOT NULL"));
    }

    private async Task AddAmministratoreAsync()
    {
        await using var command = scenario.Database.DataSource.CreateCommand($"""
            INSERT INTO asp_net_roles (id, name, normalized_name) VALUES ('r-admin', 'amministratore', 'AMMINISTRATORE') ON CONFLICT DO NOTHING;
            INSERT INTO asp_net_users (id, display_name, user_name, normalized_user_name, email, email_confirmed, phone_number_confirmed, two_factor_enabled, lockout_enabled, access_failed_count)
            VALUES ('u-admin', 'Amministratore', 'admin', 'ADMIN', '{Amministratore}', true, false, false, true, 0),
                   ('u-disabled', 'Ex amministratore', 'ex', 'EX', 'ex@scadenzario.example.it', true, false, false, true, 0);
            UPDATE asp_net_users SET lockout_end = '9999-12-31 23:59:59+00' WHERE id = 'u-disabled';
            INSERT INTO asp_net_user_roles (user_id, role_id) VALUES ('u-admin', 'r-admin'), ('u-disabled', 'r-admin');
            """);
        await command.ExecuteNonQueryAsync();
    }
}
