using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Scadenzario.Data.Tests.Support;
using Scadenzario.Web.Tests.Support;

namespace Scadenzario.Web.Tests.Features;

/// <summary>The web app restarted with a newer release of the calendars, over the fixture's tornata.</summary>
public sealed class NewerRulesFixture : WebAppFixture
{
    public NewerCalendars Calendars { get; } = new();

    public WebApplicationFactory<Program> Newer { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Newer = Factory.WithWebHostBuilder(builder => builder.UseSetting("Scadenzario:Calendars", Calendars.Directory));
    }

    public override async Task DisposeAsync()
    {
        await Newer.DisposeAsync();
        await base.DisposeAsync();
        Calendars.Dispose();
    }

    public async Task<HttpClient> LoginToNewerAsync(string userName)
    {
        var client = Newer.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var response = await PostFormAsync(client, "/accesso", "/accesso", new() { ["UserName"] = userName, ["Password"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }
}

/// <summary>The amministratore's alignment of a tornata to newer rules: the list, the preview that writes nothing, the confirmed POST.</summary>
public sealed class AllineamentoTests(NewerRulesFixture app) : IClassFixture<NewerRulesFixture>
{
    [Fact]
    public async Task PreviewThenConfirm_ShowsTheChangesWritesNothingUntilConfirmed_ThenAligns()
    {
        var admin = await app.LoginToNewerAsync(Users.Admin.Name);
        var page = $"/amministrazione/tornate/{app.TornataId}/allineamento";

        var list = WebUtility.HtmlDecode(await admin.GetStringAsync("/amministrazione/tornate"));
        Assert.Contains("Da allineare", list, StringComparison.Ordinal);
        Assert.Contains(app.Calendars.Calendars.Version, list, StringComparison.Ordinal);
        var preview = await admin.GetStringAsync(page);
        Assert.Contains("Elenco degli iscritti che non avranno compiuto 18 anni", preview, StringComparison.Ordinal);
        Assert.Contains("domenica 5 maggio 2024", preview, StringComparison.Ordinal);
        Assert.Contains("sabato 4 maggio 2024", preview, StringComparison.Ordinal);
        Assert.Contains("Adempimento introdotto dalla nuova versione", preview, StringComparison.Ordinal);
        Assert.Equal(0, await app.Database.ScalarAsync<long>("SELECT count(*) FROM adempimento_move"));

        var unsigned = await admin.PostAsync(page, new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, unsigned.StatusCode);
        Assert.Equal(0, await app.Database.ScalarAsync<long>("SELECT count(*) FROM adempimento_move"));

        var confirmed = await WebAppFixture.PostFormAsync(admin, page, page, []);

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal("/amministrazione/tornate", confirmed.Headers.Location!.OriginalString);
        var enti = await app.Database.ScalarAsync<long>($"SELECT count(*) FROM tornata_ente WHERE tornata_id = {app.TornataId}");
        Assert.Equal(enti, await app.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM adempimento_move m JOIN adempimento_vista a ON a.id = m.adempimento_id " +
            $"WHERE a.rule_id = '{NewerCalendars.MovedRule}' AND m.reason = 'aggiornamento delle regole alla versione {app.Calendars.Calendars.Version}'"));
        var after = await admin.GetStringAsync("/amministrazione/tornate");
        Assert.Contains("allineata alla versione", after, StringComparison.Ordinal);
        Assert.Contains("Allineata", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_UnknownTornata_NotFound()
    {
        var admin = await app.LoginToNewerAsync(Users.Admin.Name);

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/amministrazione/tornate/999999/allineamento")).StatusCode);
    }
}
