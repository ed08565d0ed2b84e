using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;
using NodaTime.Testing;
using Scadenzario.Calendars.Time;
using Scadenzario.Data.Tests.Support;
using Scadenzario.Jobs;
using Scadenzario.Jobs.Mail;
using Scadenzario.Jobs.Scheduling;
using Scadenzario.Jobs.Sollecito;
using Scadenzario.SchemaChange;
using Scadenzario.Web.Tests.Support;

namespace Scadenzario.Web.Tests.SchemaChange;

/// <summary>
/// The web app and the jobs over the byte-for-byte fixture (<see cref="FixtureDatabase"/>), on
/// Thursday 30 May 2024 at 9:15 in Rome: the prefettura solleciti the lists Genova reopened, then
/// each job composes its messages for that instant, before any page is read (so the pages show
/// the sollecito, whatever order the tests run in).
/// </summary>
public sealed class SchemaChangeApp : IAsyncLifetime
{
    public const string Password = "Prova-Password-1!";
    public const string Operatore = "op.genova";
    public const string Prefettura = "pref.genova";
    public const string Admin = "admin";

    public static readonly Instant Now = RomeTime.ToInstant(new LocalDateTime(2024, 5, 30, 9, 15));

    public FixtureDatabase Database { get; } = new();

    public FakeClock Clock { get; } = new(Now);

    public WebApplicationFactory<Program> Factory { get; private set; } = null!;

    /// <summary>The messages each job wrote to the outbox, by job, in the order of <see cref="JobNames"/>.</summary>
    public Dictionary<string, string> Mails { get; } = [];

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        Factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("ConnectionStrings:Scadenzario", Database.ConnectionString);
            builder.UseSetting("Urls", "http://127.0.0.1:0");
            builder.UseSetting("Web:BaseUrl", "http://localhost/");
            builder.UseSetting("Scadenzario:Calendars", Path.Combine(PostgresServer.RepositoryRoot, "calendars"));
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, TestPeerAddress>();
                services.RemoveAll<IClock>();
                services.AddSingleton<IClock>(Clock);
            });
        });

        await using (var scope = Factory.Services.CreateAsyncScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<Scadenzario.Web.Infrastructure.Accounts>();
            await accounts.EnsureRolesAsync();
            await accounts.EnsureAsync(Operatore, Password, Roles.Operatore, FixtureDatabase.Genova, "Operatore di Genova");
            await accounts.EnsureAsync(Prefettura, Password, Roles.Prefettura, "GE", "Prefettura di Genova");
            await accounts.EnsureAsync(Admin, Password, Roles.Amministratore, null, "Amministratore");
        }

        var options = new JobsOptions();
        var lists = await Database.ActAsync(FixtureDatabase.Genova, "comunali.presentazione-liste");
        await Solleciti.SendAsync(Database.DataSource, Fixtures.Calendars, options, lists, Prefettura, "Si prega di provvedere entro oggi.", Now);
        Mails["sollecito"] = await OutboxAsync(0);
        var runner = new JobRunner(Database.DataSource, Fixtures.Calendars, new NoDelivery(), Clock, options, "snapshot");
        foreach (var job in new[] { JobNames.Digest, JobNames.Reminders, JobNames.Escalation, JobNames.Notices })
        {
            var before = await Database.ScalarAsync<long>("SELECT coalesce(max(id), 0) FROM outbox");
            await runner.ExecuteAsync(job, Now, CancellationToken.None);
            Mails[job] = await OutboxAsync(before);
        }
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Database.DisposeAsync();
    }

    public HttpClient Anonymous() => Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public async Task<HttpClient> LoginAsync(string userName)
    {
        var client = Anonymous();
        var response = await WebAppFixture.PostFormAsync(client, "/accesso", "/accesso", new() { ["UserName"] = userName, ["Password"] = Password });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"login of {userName} failed: {response.StatusCode}");
        return client;
    }

    /// <summary>The messages written after outbox id <paramref name="after"/>, as a reader compares them: addressing, subject, text and HTML.</summary>
    private async Task<string> OutboxAsync(long after)
    {
        await using var command = Database.DataSource.CreateCommand($"""
            SELECT recipient, kind, coalesce(ente_code, '-'), dedup_key, subject, text_body, html_body
            FROM outbox WHERE id > {after} ORDER BY recipient, kind, ente_code, dedup_key
            """);
        await using var reader = await command.ExecuteReaderAsync();
        var text = new System.Text.StringBuilder();
        while (await reader.ReadAsync())
        {
            text.Append($"##### {reader.GetString(0)} · {reader.GetString(1)} · {reader.GetString(2)} · {reader.GetString(3)}\n");
            text.Append($"Oggetto: {reader.GetString(4)}\n##### testo\n{reader.GetString(5)}\n##### html\n{reader.GetString(6)}\n");
        }

        return text.ToString();
    }

    /// <summary>The jobs compose here; nothing is delivered (the sender job is not run).</summary>
    private sealed class NoDelivery : IMailTransport
    {
        public IMailSession Open() => throw new InvalidOperationException("the byte-for-byte test compares the outbox, it sends nothing");
    }
}
