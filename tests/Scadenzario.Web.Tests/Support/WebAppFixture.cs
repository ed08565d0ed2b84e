using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using NodaTime;
using NodaTime.Testing;
using Scadenzario.Data.Tests.Support;
using Scadenzario.Data.Tornate;
using Scadenzario.Web.Infrastructure;

namespace Scadenzario.Web.Tests.Support;

/// <summary>
/// The real web app over a fresh PostgreSQL database: the comuni of Genova and Savona, a tornata
/// on 9 June 2024 (europee in both provinces, comunali in Genova and Savona), one account per
/// role, and a fake clock set to 10 May 2024, when the first acts are already overdue.
/// </summary>
public partial class WebAppFixture : IAsyncLifetime
{
    public const string Password = "Prova-Password-1!";
    public const string Genova = "010025";
    public const string Arenzano = "010001";
    public const string Savona = "009056";

    public static readonly LocalDate VotingDay = new(2024, 6, 9);

    public TestDatabase Database { get; } = new();

    public FakeClock Clock { get; } = Fixtures.Clock();

    public WebApplicationFactory<Program> Factory { get; private set; } = null!;

    public long TornataId { get; private set; }

    /// <summary>Everything the app logged, to prove what it never logs.</summary>
    public ConcurrentQueue<string> Log { get; } = new();

    public virtual async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        await Fixtures.ImportAsync(Database, Provinces);
        var tornate = new TornataService(Database.DataSource, Fixtures.Calendars, Clock);
        TornataId = await tornate.CreateAsync("Europee e comunali 2024", [VotingDay]);
        await tornate.AddConsultationAsync(TornataId, "europee", EntiSelection.Parse("province:GE"), "test");
        await tornate.AddConsultationAsync(TornataId, "europee", EntiSelection.Parse("province:SV"), "test");
        await tornate.AddConsultationAsync(TornataId, "comunali", new EntiSelection("file", "test", [Genova, Savona]), "test");
        Clock.Reset(Instant.FromUtc(2024, 5, 10, 8, 0));

        Factory = CreateFactory();

        if (ListenPort is not null)
        {
            // A real socket for the browser tests; the in-memory server serves the others.
            Factory.UseKestrel();
            Factory.StartServer();
        }

        await using var scope = Factory.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<Scadenzario.Web.Infrastructure.Accounts>();
        await accounts.EnsureRolesAsync();
        foreach (var user in Users.All)
        {
            await accounts.EnsureAsync(user.Name, Password, user.Role, user.Ente, user.Name);
        }
    }

    /// <summary>
    /// Another instance of the app on the same database, as a second web node would be; the
    /// caller disposes of it. <see cref="Factory"/> is the first.
    /// </summary>
    public WebApplicationFactory<Program> CreateFactory() =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("ConnectionStrings:Scadenzario", Database.ConnectionString);
            // The app's own default (appsettings.json: port 5080) would clash with a running demo.
            builder.UseSetting("Urls", ListenPort is { } port ? $"http://127.0.0.1:{port}" : "http://127.0.0.1:0");
            // Absolute URLs come from the configured base, as in a deployment: where the tests reach the app.
            builder.UseSetting("Web:BaseUrl", ListenPort is { } listen ? $"http://127.0.0.1:{listen}/" : "http://localhost/");
            builder.UseSetting("Scadenzario:Calendars", Path.Combine(PostgresServer.RepositoryRoot, "calendars"));
            builder.ConfigureLogging(logging => logging.AddProvider(new QueueLoggerProvider(Log)).SetMinimumLevel(LogLevel.Debug));
            // Every in-memory client has the same (absent) address: the login limit per address is
            // tested on its own (LoginThrottleTests), not by classes that sign in many times.
            builder.UseSetting("Login:AttemptsPerAddress", "1000");
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, TestPeerAddress>();
                services.RemoveAll<IClock>();
                services.AddSingleton<IClock>(Clock);
            });
        });

    /// <summary>The provinces whose enti are imported; fixtures for another territory add theirs.</summary>
    protected virtual string[] Provinces => ["GE", "SV"];

    /// <summary>Set by fixtures that need the app on a TCP port (a browser cannot reach the in-memory server).</summary>
    protected virtual int? ListenPort => null;

    public virtual async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Database.DisposeAsync();
    }

    public HttpClient Anonymous() => Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>A client signed in through the real login form.</summary>
    public async Task<HttpClient> LoginAsync(string userName, string password = Password)
    {
        var client = Anonymous();
        var response = await PostFormAsync(client, "/accesso", "/accesso", new() { ["UserName"] = userName, ["Password"] = password });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"login of {userName} failed: {response.StatusCode}");
        return client;
    }

    /// <summary>Posts a form with the anti-forgery token read from <paramref name="formPage"/>, as a browser would.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string formPage, string action, Dictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(formPage);
        fields["__RequestVerificationToken"] = AntiforgeryToken(page);
        return await client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    public static string AntiforgeryToken(string html) =>
        TokenPattern().Match(html) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException("no anti-forgery token in the page");

    /// <summary>One act of the ente (the first by due date, of the given rule prefix when set).</summary>
    public async Task<long> TaskOfAsync(string ente, string status = "da_fare") =>
        await Database.ScalarAsync<long>($"SELECT id FROM adempimento_vista WHERE ente_code = '{ente}' AND status = '{status}' ORDER BY due_at, id LIMIT 1");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

/// <summary>The test accounts: each role of Genova's province, and Savona's for "another ente".</summary>
public static class Users
{
    public sealed record User(string Name, string Role, string? Ente);

    public static readonly User OperatoreGenova = new("op.genova", Roles.Operatore, WebAppFixture.Genova);
    public static readonly User SegretarioGenova = new("seg.genova", Roles.Segretario, WebAppFixture.Genova);
    public static readonly User PrefetturaGenova = new("pref.genova", Roles.Prefettura, "GE");
    public static readonly User UfficioGenova = new("uff.genova", Roles.UfficioProvinciale, "GE");
    public static readonly User OperatoreSavona = new("op.savona", Roles.Operatore, WebAppFixture.Savona);
    public static readonly User PrefetturaSavona = new("pref.savona", Roles.Prefettura, "SV");
    public static readonly User Admin = new("admin", Roles.Amministratore, null);

    public static IReadOnlyList<User> All { get; } = [OperatoreGenova, SegretarioGenova, PrefetturaGenova, UfficioGenova, OperatoreSavona, PrefetturaSavona, Admin];
}

internal sealed class QueueLoggerProvider(ConcurrentQueue<string> queue) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new QueueLogger(queue, categoryName);

    public void Dispose()
    {
    }

    private sealed class QueueLogger(ConcurrentQueue<string> queue, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            queue.Enqueue($"{category}: {formatter(state, exception)} {exception}");
    }
}
