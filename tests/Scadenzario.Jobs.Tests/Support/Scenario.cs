using NodaTime;
using NodaTime.Testing;
using Scadenzario.Calendars.Time;
using Scadenzario.Data.Enti;
using Scadenzario.Data.Tests.Support;
using Scadenzario.Data.Tornate;
using Scadenzario.Jobs.Mail;
using Scadenzario.Jobs.Scheduling;

namespace Scadenzario.Jobs.Tests.Support;

/// <summary>
/// The tornata of 9 June 2024 on a fresh database with the comuni of the province of Genova: europee
/// in Genova and Rapallo, comunali in Genova. Genova and Rapallo share their segretario; Rondanina
/// has contacts but votes in nothing. A maildev of its own receives what is sent. The clock starts
/// on 1 March 2024 and each test moves it.
/// </summary>
public sealed class Scenario : IAsyncLifetime
{
    public const string Genova = "010025";
    public const string Rapallo = "010046";
    public const string Rondanina = "010051";
    public const string UfficioGenova = "elettorale@comune.genova.it";
    public const string UfficioRapallo = "elettorale@comune.rapallo.ge.it";
    public const string SegretarioCondiviso = "segreteria.generale@comune.genova.it";
    public const string UfficioRondanina = "elettorale@comune.rondanina.ge.it";
    public const string PrefetturaGenova = "protocollo.prefge@pec.interno.it";
    public static readonly LocalDate VotingDay = new(2024, 6, 9);

    public TestDatabase Database { get; } = new();

    public MailCatcher Mail { get; } = new();

    public FakeClock Clock { get; } = Fixtures.Clock();

    public long Tornata { get; private set; }

    public JobsOptions Options { get; set; } = new() { FirstRetryDelay = TimeSpan.FromMinutes(1), Lease = TimeSpan.FromMinutes(5) };

    public async Task InitializeAsync()
    {
        await Task.WhenAll(Database.InitializeAsync(), Mail.InitializeAsync());
        await Fixtures.ImportAsync(Database, "GE");
        var tornate = Tornate();
        Tornata = await tornate.CreateAsync("Europee e comunali 2024", [VotingDay]);
        await tornate.AddConsultationAsync(Tornata, "europee", EntiSelection.Parse($"file:{CodesFile(Genova, Rapallo)}"), "test");
        await tornate.AddConsultationAsync(Tornata, "comunali", EntiSelection.Parse($"file:{CodesFile(Genova)}"), "test");
        await EntiContacts.SetAsync(Database.DataSource, Genova, new(UfficioGenova, SegretarioCondiviso, PrefetturaGenova));
        await EntiContacts.SetAsync(Database.DataSource, Rapallo, new(UfficioRapallo, SegretarioCondiviso, null));
        await EntiContacts.SetAsync(Database.DataSource, Rondanina, new(UfficioRondanina, "segretario@comune.rondanina.ge.it", null));
    }

    public async Task DisposeAsync()
    {
        await Mail.DisposeAsync();
        await Database.DisposeAsync();
    }

    public TornataService Tornate() => new(Database.DataSource, Fixtures.Calendars, Clock);

    public IMailTransport Smtp() => new MailKitTransport(Mail.Options);

    public JobRunner Runner(IMailTransport? transport = null, string node = "test") =>
        new(Database.DataSource, Fixtures.Calendars, transport ?? Smtp(), Clock, Options, node);

    /// <summary>Sets the clock to that local time in Rome and runs the job there.</summary>
    public async Task<string> RunAsync(string job, LocalDateTime romeTime)
    {
        Clock.Reset(RomeTime.ToInstant(romeTime));
        return await Runner().RunAsync(job, Clock.GetCurrentInstant(), CancellationToken.None);
    }

    /// <summary>Composes a job's messages, then sends everything due through the scenario's maildev.</summary>
    public async Task<IReadOnlyList<ReceivedMail>> RunAndDeliverAsync(string job, LocalDateTime romeTime)
    {
        await RunAsync(job, romeTime);
        await Runner().RunAsync(JobNames.Sender, Clock.GetCurrentInstant(), CancellationToken.None);
        return await Mail.MessagesAsync();
    }

    public async Task<long> TaskIdAsync(string ente, string ruleId) =>
        await Database.ScalarAsync<long>($"SELECT id FROM adempimento_vista WHERE tornata_id = {Tornata} AND ente_code = '{ente}' AND rule_id = '{ruleId}'");

    private static string CodesFile(params string[] codes)
    {
        var path = Path.Combine(Path.GetTempPath(), $"enti-{Guid.NewGuid():N}.txt");
        File.WriteAllLines(path, codes);
        return path;
    }
}
