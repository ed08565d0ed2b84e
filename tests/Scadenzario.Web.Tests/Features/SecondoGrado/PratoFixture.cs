using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Scadenzario.Data.Tests.Support;
using Scadenzario.Data.Tornate;
using Scadenzario.Web.Infrastructure;
using Scadenzario.Web.Tests.Support;

namespace Scadenzario.Web.Tests.Features.SecondoGrado;

/// <summary>
/// The web app with the Provincia di Prato (7 comuni) holding provinciali on 27 December 2026, the inputs of
/// samples/secondo-grado/prato, and accounts for its ufficio elettorale, its prefettura and a comune.
/// </summary>
public sealed class PratoFixture : WebAppFixture
{
    public static readonly LocalDate VotoPrato = new(2026, 12, 27);

    public const string Ufficio = "uff.prato";
    public const string Prefettura = "pref.prato";
    public const string Comune = "op.prato";

    public long TornataPrato { get; private set; }

    public static string Samples => Path.Combine(PostgresServer.RepositoryRoot, "samples", "secondo-grado", "prato");

    protected override string[] Provinces => ["GE", "SV", "PO"];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        // The tornata is created when its decree is out, 60 days before: a vote more than two years
        // ahead of the base fixture's clock (March 2024) is refused as implausible.
        Clock.Reset(Rome(VotoPrato.PlusDays(-60), 10));
        var tornate = new TornataService(Database.DataSource, Fixtures.Calendars, Clock);
        TornataPrato = await tornate.CreateAsync("Provinciali Prato 2026", [VotoPrato]);
        await tornate.AddConsultationAsync(TornataPrato, "provinciali", EntiSelection.Parse("province:PO"), "test");
        await using var scope = Factory.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<Scadenzario.Web.Infrastructure.Accounts>();
        await accounts.EnsureAsync(Ufficio, Password, Roles.UfficioProvinciale, "PO", Ufficio);
        await accounts.EnsureAsync(Prefettura, Password, Roles.Prefettura, "PO", Prefettura);
        await accounts.EnsureAsync(Comune, Password, Roles.Operatore, "100005", Comune);

        // The 33rd day before the vote: the attestations are due, the lists' signatures (20 November) valid.
        Clock.Reset(Rome(VotoPrato.PlusDays(-33), 10));
    }

    public static Instant Rome(LocalDate day, int hour) => Scadenzario.Calendars.Time.RomeTime.ToInstant(day.At(new LocalTime(hour, 0)));
}
