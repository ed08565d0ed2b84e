using System.Net;
using System.Net.Http.Json;
using Scadenzario.Web.Tests.Support;

namespace Scadenzario.Web.Tests;

/// <summary>
/// Every role tries every page and API route with the ids of enti it may not see (another comune,
/// another province, a task of either) and must be refused with 403 or 404, every time. The same
/// routes with its own ids answer 200, so the matrix cannot pass by refusing everything.
/// </summary>
public sealed class AuthorizationMatrixTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private static readonly string[] EntePages = ["/enti/{0}/oggi", "/enti/{0}/calendario", "/enti/{0}/eventi", "/enti/{0}/stampa", "/enti/{0}/feed"];
    private static readonly string[] EnteApi = ["/api/enti/{0}/adempimenti", "/api/enti/{0}/eventi"];
    private static readonly string[] UfficioPages =
    [
        "/ufficio/{0}", "/ufficio/{0}/tornate/{1}", "/ufficio/{0}/tornate/{1}/elettorato", "/ufficio/{0}/tornate/{1}/liste",
        "/ufficio/{0}/tornate/{1}/scrutinio", "/ufficio/{0}/tornate/{1}/verbale", "/ufficio/{0}/tornate/{1}/verbale?formato=testo",
        "/ufficio/{0}/osservatorio", "/ufficio/{0}/osservatorio/csv", "/ufficio/{0}/osservatorio/json",
        "/ufficio/{0}/tornate/{1}/presidente", "/ufficio/{0}/tornate/{1}/presidente/verbale", "/ufficio/{0}/tornate/{1}/presidente/verbale?formato=testo",
    ];

    private static readonly string[] UfficioForms =
    [
        "/ufficio/{0}/tornate/{1}?handler=Apri", "/ufficio/{0}/tornate/{1}?handler=Variazione",
        "/ufficio/{0}/tornate/{1}/elettorato?handler=Pubblica", "/ufficio/{0}/tornate/{1}/liste?handler=Esamina",
        "/ufficio/{0}/tornate/{1}/scrutinio?handler=Proclama",
        "/ufficio/{0}/tornate/{1}/presidente?handler=Esamina", "/ufficio/{0}/tornate/{1}/presidente?handler=Proclama",
    ];

    /// <summary>The second-level office's forms (attestation, list, count per fascia) and their CSV templates.</summary>
    private static readonly string[] UfficioFormPages =
    [
        "/ufficio/{0}/tornate/{1}/attestazione", "/ufficio/{0}/tornate/{1}/attestazione?comune=010025", "/ufficio/{0}/tornate/{1}/attestazione?handler=Modello",
        "/ufficio/{0}/tornate/{1}/liste/nuova", "/ufficio/{0}/tornate/{1}/liste/nuova?handler=Modello",
        "/ufficio/{0}/tornate/{1}/scrutinio/fascia", "/ufficio/{0}/tornate/{1}/scrutinio/fascia?fascia=B", "/ufficio/{0}/tornate/{1}/scrutinio/fascia?handler=Modello",
        "/ufficio/{0}/tornate/{1}/presidente/candidatura", "/ufficio/{0}/tornate/{1}/presidente/candidatura?handler=Modello",
        "/ufficio/{0}/tornate/{1}/presidente/scrutinio", "/ufficio/{0}/tornate/{1}/presidente/scrutinio?fascia=B",
    ];

    private static readonly string[] UfficioFormPosts =
    [
        "/ufficio/{0}/tornate/{1}/attestazione?comune=010025&handler=Registra", "/ufficio/{0}/tornate/{1}/attestazione?comune=010025&handler=Carica",
        "/ufficio/{0}/tornate/{1}/liste/nuova?handler=Registra", "/ufficio/{0}/tornate/{1}/liste/nuova?handler=Righe", "/ufficio/{0}/tornate/{1}/liste/nuova?handler=Carica",
        "/ufficio/{0}/tornate/{1}/scrutinio/fascia?handler=Registra", "/ufficio/{0}/tornate/{1}/scrutinio/fascia?handler=Righe", "/ufficio/{0}/tornate/{1}/scrutinio/fascia?handler=Carica",
        "/ufficio/{0}/tornate/{1}/presidente/candidatura?handler=Registra", "/ufficio/{0}/tornate/{1}/presidente/candidatura?handler=Righe", "/ufficio/{0}/tornate/{1}/presidente/candidatura?handler=Carica",
        "/ufficio/{0}/tornate/{1}/presidente/scrutinio?handler=Registra", "/ufficio/{0}/tornate/{1}/presidente/scrutinio?handler=Righe", "/ufficio/{0}/tornate/{1}/presidente/scrutinio?handler=Carica",
    ];

    /// <summary>Fields that a form of the office would take, so a refusal is the access check and not an empty form.</summary>
    private static readonly Dictionary<string, string> UfficioFormFields = new()
    {
        ["Modulo.Nome"] = "Lista intrusa", ["Modulo.Sindaco.Nome"] = "Intruso", ["Modulo.Sindaco.Sesso"] = "M", ["Modulo.Sindaco.DataNascita"] = "1970-01-01",
        ["Modulo.Candidati[0].Nome"] = "Intruso", ["Modulo.Candidati[0].Sesso"] = "M", ["Modulo.Candidati[0].DataNascita"] = "1970-01-01", ["Modulo.Candidati[0].Comune"] = "Genova",
        ["Modulo.Fascia"] = "B", ["Modulo.Elettori"] = "10", ["Modulo.Votanti"] = "1", ["Modulo.SchedeBianche"] = "0", ["Modulo.SchedeNulle"] = "0",
        ["Modulo.Liste[0].Lista"] = "Lista intrusa", ["Modulo.Liste[0].Voti"] = "1",
        ["Modulo.Candidato.Nome"] = "Intruso", ["Modulo.Candidato.Sesso"] = "M", ["Modulo.Candidato.DataNascita"] = "1970-01-01", ["Modulo.Candidato.Comune"] = "Genova",
        ["Modulo.Candidato.FineMandato"] = "2030-06-01", ["Modulo.Candidati[0].Candidato"] = "Intruso", ["Modulo.Candidati[0].Voti"] = "1", ["Sorteggio"] = "Intruso",
    };

    private static readonly string[] ProvincePages = ["/prefettura/{0}", "/prefettura/{0}/csv", "/prefettura/{0}/scaduti", "/prefettura/{0}/scaduti?elenco=assicurazione"];

    /// <summary>For each role: the enti and provinces it must not see.</summary>
    public static TheoryData<string, string[], string[]> Foreign => new()
    {
        { Users.OperatoreGenova.Name, [WebAppFixture.Savona, WebAppFixture.Arenzano, "GE", "SV"], ["GE", "SV"] },
        { Users.SegretarioGenova.Name, [WebAppFixture.Savona, WebAppFixture.Arenzano, "GE", "SV"], ["GE", "SV"] },
        { Users.UfficioGenova.Name, [WebAppFixture.Genova, WebAppFixture.Savona, "SV"], ["GE", "SV"] },
        { Users.PrefetturaGenova.Name, [WebAppFixture.Savona, "SV"], ["SV"] },
        { Users.OperatoreSavona.Name, [WebAppFixture.Genova, WebAppFixture.Arenzano, "GE"], ["GE", "SV"] },
        { Users.PrefetturaSavona.Name, [WebAppFixture.Genova, WebAppFixture.Arenzano, "GE"], ["GE"] },
    };

    [Theory]
    [MemberData(nameof(Foreign))]
    public async Task EveryRoute_OtherEntesIds_Refused(string user, string[] enti, string[] provinces)
    {
        var client = await app.LoginAsync(user);
        var token = WebAppFixture.AntiforgeryToken(await client.GetStringAsync("/accesso"));
        var failures = new List<string>();

        async Task Expect(string method, string url, Func<Task<HttpResponseMessage>> send)
        {
            var response = await send();
            if (response.StatusCode is not (HttpStatusCode.Forbidden or HttpStatusCode.NotFound))
            {
                failures.Add($"{method} {url} -> {(int)response.StatusCode}");
            }
        }

        Task Get(string url) => Expect("GET", url, () => client.GetAsync(url));
        Task PostForm(string url, Dictionary<string, string> fields) => Expect("POST", url, () =>
            client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token })));
        Task PostJson(string url, object body) => Expect("POST", url, () => client.PostAsJsonAsync(url, body));

        foreach (var ente in enti)
        {
            foreach (var page in EntePages.Concat(EnteApi))
            {
                await Get(string.Format(null, page, ente));
            }

            await PostForm($"/enti/{ente}/eventi", new() { ["Tornata"] = app.TornataId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Evento"] = "liste-ammesse", ["Giorno"] = "2024-05-10" });
            await PostForm($"/enti/{ente}/feed?handler=Rinnova", []);
            await PostForm($"/enti/{ente}/feed?handler=Revoca", []);
            await PostJson($"/api/enti/{ente}/eventi", new { tornata = app.TornataId, evento = "liste-ammesse", giorno = "2024-05-10" });

            if (ente.Length == 6)
            {
                var task = await app.TaskOfAsync(ente);
                await Get($"/adempimenti/{task}");
                await PostForm($"/adempimenti/{task}?handler=Completa", new() { ["Protocollo"] = "1/2024" });
                await PostForm($"/adempimenti/{task}?handler=Riapri", new() { ["Motivo"] = "prova" });
                await Get($"/api/adempimenti/{task}");
                await PostJson($"/api/adempimenti/{task}/completamento", new { protocollo = "1/2024" });
                await PostJson($"/api/adempimenti/{task}/riapertura", new { motivo = "prova" });
            }
        }

        foreach (var province in provinces)
        {
            foreach (var page in ProvincePages)
            {
                await Get(string.Format(null, page, province));
            }
        }

        // The second-level office: another ente's ids, and a comune's code, are refused before anything is read.
        foreach (var ente in enti)
        {
            foreach (var page in UfficioPages)
            {
                await Get(string.Format(null, page, ente, app.TornataId));
            }

            foreach (var form in UfficioForms)
            {
                await PostForm(string.Format(null, form, ente, app.TornataId), new() { ["SeggiElettorali"] = "1", ["Testo"] = "{}", ["Variazione.Comune"] = WebAppFixture.Genova });
            }
        }

        foreach (var page in new[] { "/osservatorio", "/osservatorio/csv", "/osservatorio/json" })
        {
            await Get(page);
        }

        Assert.True(failures.Count == 0, $"{user} reached another ente's data:\n" + string.Join("\n", failures));
        Assert.Equal(0, await app.Database.ScalarAsync<long>($"SELECT count(*) FROM adempimento_vista WHERE completed_by = '{user}'"));
        Assert.Equal(0, await app.Database.ScalarAsync<long>("SELECT count(*) FROM sg_ufficio"));
    }

    /// <summary>The comuni's offices never enter the second-level office, not even of their own province.</summary>
    [Theory]
    [InlineData("op.genova")]
    [InlineData("seg.genova")]
    public async Task UfficioRoutes_ComuneRoles_OwnProvinceRefused(string user)
    {
        var client = await app.LoginAsync(user);
        var token = WebAppFixture.AntiforgeryToken(await client.GetStringAsync("/accesso"));
        foreach (var ente in new[] { "GE", WebAppFixture.Genova })
        {
            foreach (var page in UfficioPages)
            {
                var url = string.Format(null, page, ente, app.TornataId);
                Assert.True((await client.GetAsync(url)).StatusCode == HttpStatusCode.Forbidden, $"{user}: GET {url}");
            }

            foreach (var form in UfficioForms)
            {
                var url = string.Format(null, form, ente, app.TornataId);
                var response = await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
                Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{user}: POST {url} -> {(int)response.StatusCode}");
            }
        }

        Assert.Equal(0, await app.Database.ScalarAsync<long>("SELECT count(*) FROM sg_ufficio"));
    }

    [Theory]
    [InlineData("uff.genova")]
    [InlineData("pref.genova")]
    [InlineData("admin")]
    public async Task UfficioPages_OwnEnte_Open(string user)
    {
        var client = await app.LoginAsync(user);
        foreach (var page in UfficioPages.Where(p => !p.Contains("verbale", StringComparison.Ordinal)))
        {
            var url = string.Format(null, page, "GE", app.TornataId);
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{user}: GET {url} -> {(int)response.StatusCode}");
        }

        Assert.Equal(user == "admin" ? HttpStatusCode.OK : HttpStatusCode.Forbidden, (await client.GetAsync("/osservatorio")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Foreign))]
    public async Task ApiRoutes_BearerToken_OtherEntesIds_Refused(string user, string[] enti, string[] provinces)
    {
        _ = provinces;
        var client = await Api.AdempimentiApiTests.BearerClientAsync(app, user);
        var failures = new List<string>();
        foreach (var ente in enti)
        {
            var requests = new List<(string, Func<Task<HttpResponseMessage>>)>
            {
                ($"GET /api/enti/{ente}/adempimenti", () => client.GetAsync($"/api/enti/{ente}/adempimenti")),
                ($"GET /api/enti/{ente}/eventi", () => client.GetAsync($"/api/enti/{ente}/eventi")),
                ($"POST /api/enti/{ente}/eventi", () => client.PostAsJsonAsync($"/api/enti/{ente}/eventi", new { tornata = app.TornataId, evento = "liste-ammesse", giorno = "2024-05-10" })),
            };
            if (ente.Length == 6)
            {
                var task = await app.TaskOfAsync(ente);
                requests.Add(($"GET /api/adempimenti/{task}", () => client.GetAsync($"/api/adempimenti/{task}")));
                requests.Add(($"POST /api/adempimenti/{task}/completamento", () => client.PostAsJsonAsync($"/api/adempimenti/{task}/completamento", new { protocollo = "1/2024" })));
                requests.Add(($"POST /api/adempimenti/{task}/riapertura", () => client.PostAsJsonAsync($"/api/adempimenti/{task}/riapertura", new { motivo = "prova" })));
            }

            foreach (var (name, send) in requests)
            {
                var status = (await send()).StatusCode;
                if (status is not (HttpStatusCode.Forbidden or HttpStatusCode.NotFound))
                {
                    failures.Add($"{name} -> {(int)status}");
                }
            }
        }

        Assert.True(failures.Count == 0, $"{user} (bearer) reached another ente's data:\n" + string.Join("\n", failures));
    }

    /// <summary>Account administration is for the amministratore alone: every other role gets 403, whatever it sends.</summary>
    [Theory]
    [InlineData("op.genova")]
    [InlineData("seg.genova")]
    [InlineData("uff.genova")]
    [InlineData("pref.genova")]
    [InlineData("op.savona")]
    [InlineData("pref.savona")]
    public async Task AdminRoutes_OtherRoles_Forbidden(string user)
    {
        var client = await app.LoginAsync(user);
        var token = WebAppFixture.AntiforgeryToken(await client.GetStringAsync("/accesso"));
        var victim = await app.Database.ScalarAsync<string>($"SELECT id FROM asp_net_users WHERE user_name = '{Users.OperatoreSavona.Name}'") ?? "";
        var failures = new List<string>();
        var requests = new List<(string, Func<Task<HttpResponseMessage>>)>
        {
            ("GET /amministrazione/utenti", () => client.GetAsync("/amministrazione/utenti")),
            ("GET /amministrazione/utenti/nuovo", () => client.GetAsync("/amministrazione/utenti/nuovo")),
            ("POST /amministrazione/utenti/nuovo", () => client.PostAsync("/amministrazione/utenti/nuovo", Form(new() { ["UserName"] = "intruso", ["Email"] = "intruso@example.it", ["Role"] = "amministratore", ["EnteCode"] = "" }))),
        };
        foreach (var handler in new[] { "Reimposta", "Sblocca", "Disattiva" })
        {
            requests.Add(($"POST /amministrazione/utenti?handler={handler}", () => client.PostAsync($"/amministrazione/utenti?handler={handler}", Form(new() { ["id"] = victim }))));
        }

        // The Hangfire dashboard: its pages, its JSON, its actions.
        foreach (var page in new[] { "/amministrazione/jobs", "/amministrazione/jobs/recurring", "/amministrazione/jobs/jobs/failed", "/amministrazione/jobs/servers" })
        {
            requests.Add(($"GET {page}", () => client.GetAsync(page)));
        }

        requests.Add(("POST /amministrazione/jobs/stats", () => client.PostAsync("/amministrazione/jobs/stats", Form(new() { ["metrics[]"] = "enqueued:count" }))));
        requests.Add(("POST /amministrazione/jobs/recurring/trigger", () => client.PostAsync("/amministrazione/jobs/recurring/trigger", Form(new() { ["jobs[]"] = "digest" }))));

        var alignment = $"/amministrazione/tornate/{app.TornataId}/allineamento";
        requests.Add(("GET /amministrazione/tornate", () => client.GetAsync("/amministrazione/tornate")));
        requests.Add(($"GET {alignment}", () => client.GetAsync(alignment)));
        requests.Add(($"POST {alignment}", () => client.PostAsync(alignment, Form([]))));

        var failed = await Features.PostaFixture.FailedMessageAsync(app, $"posta.{user}@comune.genova.it");
        requests.Add(("GET /amministrazione/posta", () => client.GetAsync("/amministrazione/posta")));
        requests.Add(("POST /amministrazione/posta?handler=Ritenta", () => client.PostAsync("/amministrazione/posta?handler=Ritenta", Form(new() { ["id"] = $"{failed}" }))));
        requests.Add(("POST /amministrazione/posta?handler=RitentaTutti", () => client.PostAsync("/amministrazione/posta?handler=RitentaTutti", Form([]))));

        foreach (var (name, send) in requests)
        {
            var status = (await send()).StatusCode;
            if (status != HttpStatusCode.Forbidden)
            {
                failures.Add($"{name} -> {(int)status}");
            }
        }

        Assert.True(failures.Count == 0, $"{user} reached account administration or the jobs:\n" + string.Join("\n", failures));
        Assert.Equal(0, await app.Database.ScalarAsync<long>("SELECT count(*) FROM account_audit"));
        Assert.Equal(0, await app.Database.ScalarAsync<long>("SELECT count(*) FROM asp_net_users WHERE user_name = 'intruso'"));
        Assert.Equal(0, await app.Database.ScalarAsync<long>("SELECT count(*) FROM adempimento_move WHERE reason LIKE 'aggiornamento delle regole%'"));
        Assert.Equal("failed", await app.Database.ScalarAsync<string>($"SELECT status FROM outbox WHERE id = {failed}"));

        FormUrlEncodedContent Form(Dictionary<string, string> fields) =>
            new(new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token });
    }

    [Fact]
    public async Task AdminRoutes_Amministratore_Opens()
    {
        var client = await app.LoginAsync(Users.Admin.Name);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/amministrazione/utenti")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/amministrazione/utenti/nuovo")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/amministrazione/jobs")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/amministrazione/jobs/recurring")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/amministrazione/tornate")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/amministrazione/tornate/{app.TornataId}/allineamento")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/amministrazione/posta")).StatusCode);
    }

    /// <summary>The page of the outgoing mail takes the cookie sign-in only: a bearer token, even the amministratore's, never reaches it.</summary>
    [Theory]
    [InlineData("op.genova")]
    [InlineData("pref.genova")]
    [InlineData("uff.genova")]
    [InlineData("admin")]
    public async Task PostaRoutes_BearerToken_Refused(string user)
    {
        var client = await Api.AdempimentiApiTests.BearerClientAsync(app, user);
        var failed = await Features.PostaFixture.FailedMessageAsync(app, $"bearer.{user}@comune.genova.it");

        var page = await client.GetAsync("/amministrazione/posta");
        var retry = await client.PostAsync("/amministrazione/posta?handler=Ritenta", new FormUrlEncodedContent(new Dictionary<string, string> { ["id"] = $"{failed}" }));

        Assert.True(page.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, $"GET -> {(int)page.StatusCode}");
        Assert.True(retry.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.BadRequest, $"POST -> {(int)retry.StatusCode}");
        Assert.Equal("failed", await app.Database.ScalarAsync<string>($"SELECT status FROM outbox WHERE id = {failed}"));
    }

    /// <summary>The tornata pages (Features/Tornate): every page and form, with the fixture's tornata; {0} is its id.</summary>
    private static readonly string[] TornataPages =
    [
        "/amministrazione/tornate/nuova", "/amministrazione/tornate/{0}", "/amministrazione/tornate/{0}/consultazione",
        "/amministrazione/tornate/{0}/rinvio", "/amministrazione/tornate/{0}/eventi",
    ];

    private static readonly (string Url, Dictionary<string, string> Fields)[] TornataForms =
    [
        ("/amministrazione/tornate/nuova", new() { ["Nome"] = "Intrusa", ["PrimoGiorno"] = "2024-06-16" }),
        ("/amministrazione/tornate/{0}/consultazione", new() { ["Consultazione"] = "referendum", ["Selezione"] = "tutti" }),
        ("/amministrazione/tornate/{0}/consultazione?handler=Cerca", new() { ["Ricerca"] = "Genova" }),
        ("/amministrazione/tornate/{0}/rinvio?handler=Anteprima", new() { ["PrimoGiorno"] = "2024-06-16", ["Motivo"] = "intrusione" }),
        ("/amministrazione/tornate/{0}/rinvio?handler=Conferma", new() { ["PrimoGiorno"] = "2024-06-16", ["Motivo"] = "intrusione", ["Anteprima"] = "2024-06-16|" }),
        ("/amministrazione/tornate/{0}/eventi", new() { ["Ente"] = WebAppFixture.Genova, ["Evento"] = "liste-ammesse", ["Giorno"] = "2024-05-08" }),
    ];

    /// <summary>Creating, extending and moving tornate is the amministratore's alone (the law gives the prefettura no such act here; see the Guida): every other role gets 403 and nothing is written.</summary>
    [Theory]
    [InlineData("op.genova")]
    [InlineData("seg.genova")]
    [InlineData("uff.genova")]
    [InlineData("pref.genova")]
    [InlineData("op.savona")]
    [InlineData("pref.savona")]
    public async Task TornataRoutes_OtherRoles_Forbidden(string user)
    {
        var client = await app.LoginAsync(user);
        var token = WebAppFixture.AntiforgeryToken(await client.GetStringAsync("/accesso"));
        var before = await TornateStateAsync();
        var failures = new List<string>();
        foreach (var page in TornataPages)
        {
            var url = string.Format(null, page, app.TornataId);
            if ((await client.GetAsync(url)).StatusCode is var status && status != HttpStatusCode.Forbidden)
            {
                failures.Add($"GET {url} -> {(int)status}");
            }
        }

        foreach (var (form, fields) in TornataForms)
        {
            var url = string.Format(null, form, app.TornataId);
            var response = await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token }));
            if (response.StatusCode != HttpStatusCode.Forbidden)
            {
                failures.Add($"POST {url} -> {(int)response.StatusCode}");
            }
        }

        Assert.True(failures.Count == 0, $"{user} reached the tornata pages:\n" + string.Join("\n", failures));
        Assert.Equal(before, await TornateStateAsync());
    }

    /// <summary>A bearer token, even the amministratore's, never reaches the tornata pages (cookie sign-in only, as every page).</summary>
    [Theory]
    [InlineData("op.genova")]
    [InlineData("pref.genova")]
    [InlineData("uff.genova")]
    [InlineData("admin")]
    public async Task TornataRoutes_BearerToken_Refused(string user)
    {
        var client = await Api.AdempimentiApiTests.BearerClientAsync(app, user);
        var before = await TornateStateAsync();
        var failures = new List<string>();
        foreach (var page in TornataPages)
        {
            var url = string.Format(null, page, app.TornataId);
            var status = (await client.GetAsync(url)).StatusCode;
            if (status is not (HttpStatusCode.Redirect or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden))
            {
                failures.Add($"GET {url} -> {(int)status}");
            }
        }

        foreach (var (form, fields) in TornataForms)
        {
            var url = string.Format(null, form, app.TornataId);
            var status = (await client.PostAsync(url, new FormUrlEncodedContent(fields))).StatusCode;
            if (status is not (HttpStatusCode.Redirect or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.BadRequest))
            {
                failures.Add($"POST {url} -> {(int)status}");
            }
        }

        Assert.True(failures.Count == 0, $"{user} (bearer) reached the tornata pages:\n" + string.Join("\n", failures));
        Assert.Equal(before, await TornateStateAsync());
    }

    [Fact]
    public async Task TornataRoutes_Amministratore_Opens()
    {
        var client = await app.LoginAsync(Users.Admin.Name);
        foreach (var page in TornataPages)
        {
            var url = string.Format(null, page, app.TornataId);
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"admin: GET {url} -> {(int)response.StatusCode}");
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/amministrazione/tornate/999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/amministrazione/tornate/999999/rinvio")).StatusCode);
    }

    /// <summary>The prefettura convenes the comunali of its own province only: another province's pages (and every other role's try) are refused and write nothing.</summary>
    [Theory]
    [MemberData(nameof(Foreign))]
    public async Task PrefetturaTornataRoutes_OtherProvinces_Forbidden(string user, string[] enti, string[] provinces)
    {
        _ = enti;
        var client = await app.LoginAsync(user);
        var token = WebAppFixture.AntiforgeryToken(await client.GetStringAsync("/accesso"));
        var before = await TornateStateAsync();
        var failures = new List<string>();
        foreach (var province in provinces)
        {
            foreach (var url in new[] { $"/prefettura/{province}/tornate", $"/prefettura/{province}/tornate/{app.TornataId}/comunali" })
            {
                if ((await client.GetAsync(url)).StatusCode is var status && status != HttpStatusCode.Forbidden)
                {
                    failures.Add($"GET {url} -> {(int)status}");
                }
            }

            foreach (var url in new[] { $"/prefettura/{province}/tornate/{app.TornataId}/comunali", $"/prefettura/{province}/tornate/{app.TornataId}/comunali?handler=Cerca" })
            {
                var response = await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["__RequestVerificationToken"] = token, ["Selezione"] = "tutti", ["Ricerca"] = "Genova",
                }));
                if (response.StatusCode != HttpStatusCode.Forbidden)
                {
                    failures.Add($"POST {url} -> {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(failures.Count == 0, $"{user} reached another province's tornate:\n" + string.Join("\n", failures));
        Assert.Equal(before, await TornateStateAsync());
    }

    [Theory]
    [InlineData("pref.genova")]
    [InlineData("admin")]
    public async Task PrefetturaTornataRoutes_OwnProvince_Opens_BearerTokenDoesNot(string user)
    {
        var client = await app.LoginAsync(user);
        var bearer = await Api.AdempimentiApiTests.BearerClientAsync(app, user);
        foreach (var url in new[] { "/prefettura/GE/tornate", $"/prefettura/GE/tornate/{app.TornataId}/comunali" })
        {
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{user}: GET {url} -> {(int)response.StatusCode}");
            var withToken = (await bearer.GetAsync(url)).StatusCode;
            Assert.True(withToken is HttpStatusCode.Redirect or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, $"{user} (bearer): GET {url} -> {(int)withToken}");
        }
    }

    /// <summary>The decree's parameters page of the fixture's tornata ({0}): its page and both steps of its form.</summary>
    private static readonly (string Url, Dictionary<string, string> Fields)[] ParametriForms =
    [
        ("/amministrazione/tornate/{0}/parametri?handler=Anteprima", new() { ["Parametri[chiusura-votazione]"] = "21:00" }),
        ("/amministrazione/tornate/{0}/parametri?handler=Conferma",
            new() { ["Parametri[chiusura-votazione]"] = "21:00", ["Anteprima[chiusura-votazione]"] = "21:00", ["Versione"] = "parametri:" }),
    ];

    /// <summary>Changing a tornata's parameters is the amministratore's alone, as moving it: every other role gets 403 and nothing is written.</summary>
    [Theory]
    [InlineData("op.genova")]
    [InlineData("seg.genova")]
    [InlineData("uff.genova")]
    [InlineData("pref.genova")]
    [InlineData("op.savona")]
    [InlineData("pref.savona")]
    public async Task ParametriRoute_OtherRoles_Forbidden(string user)
    {
        var client = await app.LoginAsync(user);
        var token = WebAppFixture.AntiforgeryToken(await client.GetStringAsync("/accesso"));
        var before = await ParametriStateAsync();
        var failures = new List<string>();
        var page = $"/amministrazione/tornate/{app.TornataId}/parametri";
        if ((await client.GetAsync(page)).StatusCode is var status && status != HttpStatusCode.Forbidden)
        {
            failures.Add($"GET {page} -> {(int)status}");
        }

        foreach (var (form, fields) in ParametriForms)
        {
            var url = string.Format(null, form, app.TornataId);
            var response = await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token }));
            if (response.StatusCode != HttpStatusCode.Forbidden)
            {
                failures.Add($"POST {url} -> {(int)response.StatusCode}");
            }
        }

        Assert.True(failures.Count == 0, $"{user} reached the parameters page:\n" + string.Join("\n", failures));
        Assert.Equal(before, await ParametriStateAsync());
    }

    /// <summary>A bearer token, even the amministratore's, never reaches the parameters page.</summary>
    [Theory]
    [InlineData("op.genova")]
    [InlineData("pref.genova")]
    [InlineData("uff.genova")]
    [InlineData("admin")]
    public async Task ParametriRoute_BearerToken_Refused(string user)
    {
        var client = await Api.AdempimentiApiTests.BearerClientAsync(app, user);
        var before = await ParametriStateAsync();
        var failures = new List<string>();
        var page = $"/amministrazione/tornate/{app.TornataId}/parametri";
        if ((await client.GetAsync(page)).StatusCode is var status && status is not (HttpStatusCode.Redirect or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden))
        {
            failures.Add($"GET {page} -> {(int)status}");
        }

        foreach (var (form, fields) in ParametriForms)
        {
            var url = string.Format(null, form, app.TornataId);
            var response = (await client.PostAsync(url, new FormUrlEncodedContent(fields))).StatusCode;
            if (response is not (HttpStatusCode.Redirect or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.BadRequest))
            {
                failures.Add($"POST {url} -> {(int)response}");
            }
        }

        Assert.True(failures.Count == 0, $"{user} (bearer) reached the parameters page:\n" + string.Join("\n", failures));
        Assert.Equal(before, await ParametriStateAsync());
    }

    [Fact]
    public async Task ParametriRoute_Amministratore_Opens()
    {
        var client = await app.LoginAsync(Users.Admin.Name);

        var response = await client.GetAsync($"/amministrazione/tornate/{app.TornataId}/parametri");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/amministrazione/tornate/999999/parametri")).StatusCode);
    }

    // The tornate's parameters and every due date: what a refused change of parameters must leave as it was.
    private Task<string?> ParametriStateAsync() => app.Database.ScalarAsync<string>(
        "SELECT (SELECT string_agg(id || ':' || parametri::text, ',' ORDER BY id) FROM tornata) || '/' || (SELECT count(*) FROM adempimento_move)");

    // The tornate, their days, enti and events: what a refused request must leave as it was.
    private Task<string?> TornateStateAsync() => app.Database.ScalarAsync<string>(
        "SELECT (SELECT string_agg(id || ':' || voting_days::text, ',' ORDER BY id) FROM tornata) || '/' || (SELECT count(*) FROM tornata_ente) || '/' || (SELECT count(*) FROM ente_event)");

    [Theory]
    [InlineData("op.genova", WebAppFixture.Genova)]
    [InlineData("seg.genova", WebAppFixture.Genova)]
    [InlineData("uff.genova", "GE")]
    [InlineData("pref.genova", WebAppFixture.Arenzano)]
    [InlineData("op.savona", WebAppFixture.Savona)]
    [InlineData("admin", WebAppFixture.Savona)]
    public async Task EveryPage_OwnEnte_Opens(string user, string ente)
    {
        var client = await app.LoginAsync(user);
        foreach (var page in EntePages.Concat(EnteApi))
        {
            var url = string.Format(null, page, ente);
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{user}: GET {url} -> {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Prefettura_OwnComune_CannotChangeIt()
    {
        var client = await app.LoginAsync(Users.PrefetturaGenova.Name);
        var task = await app.TaskOfAsync(WebAppFixture.Genova);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/adempimenti/{task}")).StatusCode);
        var page = await WebAppFixture.PostFormAsync(client, $"/adempimenti/{task}", $"/adempimenti/{task}?handler=Completa", new() { ["Protocollo"] = "9/2024" });
        var api = await client.PostAsJsonAsync($"/api/adempimenti/{task}/completamento", new { protocollo = "9/2024" });

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Equal("da_fare", await app.Database.ScalarAsync<string>($"SELECT status FROM adempimento_vista WHERE id = {task}"));
    }

    /// <summary>The Guida is every role's: each opens it with the cookie sign-in; a bearer token, as for every page, does not reach it.</summary>
    [Theory]
    [InlineData("op.genova")]
    [InlineData("seg.genova")]
    [InlineData("pref.genova")]
    [InlineData("uff.genova")]
    [InlineData("op.savona")]
    [InlineData("pref.savona")]
    [InlineData("admin")]
    public async Task Guida_EveryRole_Opens_BearerTokenDoesNot(string user)
    {
        var page = await (await app.LoginAsync(user)).GetAsync("/guida");
        var bearer = await (await Api.AdempimentiApiTests.BearerClientAsync(app, user)).GetAsync("/guida");

        Assert.True(page.StatusCode == HttpStatusCode.OK, $"{user}: GET /guida -> {(int)page.StatusCode}");
        Assert.True(bearer.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, $"{user} (bearer): GET /guida -> {(int)bearer.StatusCode}");
    }

    /// <summary>
    /// Each person's own password page: every role opens it with the cookie sign-in (it acts on the
    /// signed-in account only, so there is no other ente's id to try); a bearer token neither opens
    /// nor posts it.
    /// </summary>
    [Theory]
    [InlineData("op.genova")]
    [InlineData("seg.genova")]
    [InlineData("pref.genova")]
    [InlineData("uff.genova")]
    [InlineData("op.savona")]
    [InlineData("pref.savona")]
    [InlineData("admin")]
    public async Task PasswordPage_EveryRole_Opens_BearerTokenDoesNot(string user)
    {
        var page = await (await app.LoginAsync(user)).GetAsync("/account/password");
        var bearerClient = await Api.AdempimentiApiTests.BearerClientAsync(app, user);
        var bearer = await bearerClient.GetAsync("/account/password");
        var bearerPost = await bearerClient.PostAsync("/account/password", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Current"] = WebAppFixture.Password, ["New"] = "Dal-Token-9!x", ["Confirmation"] = "Dal-Token-9!x",
        }));

        Assert.True(page.StatusCode == HttpStatusCode.OK, $"{user}: GET /account/password -> {(int)page.StatusCode}");
        Assert.True(bearer.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden, $"{user} (bearer): GET /account/password -> {(int)bearer.StatusCode}");
        Assert.True(bearerPost.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.BadRequest, $"{user} (bearer): POST /account/password -> {(int)bearerPost.StatusCode}");
        Assert.Equal(0L, await app.Database.ScalarAsync<long>("SELECT count(*) FROM account_audit WHERE action = 'password_cambiata'"));
    }

    /// <summary>The pages of a forgotten password are for whoever cannot sign in: anonymous visitors reach them.</summary>
    [Theory]
    [InlineData("/accesso/recupero")]
    [InlineData("/accesso/reimposta")]
    [InlineData("/accesso/reimposta?token=sconosciuto")]
    public async Task PasswordResetPages_Anonymous_Open(string url)
    {
        var response = await app.Anonymous().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/enti/010025/oggi")]
    [InlineData("/account/password")]
    [InlineData("/prefettura/GE")]
    [InlineData("/adempimenti/1")]
    [InlineData("/guida")]
    public async Task Page_Anonymous_RedirectsToLogin(string url)
    {
        var response = await app.Anonymous().GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/accesso", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_Anonymous_Unauthorized()
    {
        var response = await app.Anonymous().GetAsync("/api/enti/010025/adempimenti");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Foreign))]
    public async Task UfficioFormRoutes_OtherEntesIds_Refused(string user, string[] enti, string[] provinces)
    {
        _ = provinces;
        var client = await app.LoginAsync(user);
        var token = WebAppFixture.AntiforgeryToken(await client.GetStringAsync("/accesso"));
        var failures = new List<string>();
        foreach (var ente in enti)
        {
            foreach (var page in UfficioFormPages)
            {
                var url = string.Format(null, page, ente, app.TornataId);
                var status = (await client.GetAsync(url)).StatusCode;
                if (status is not (HttpStatusCode.Forbidden or HttpStatusCode.NotFound))
                {
                    failures.Add($"GET {url} -> {(int)status}");
                }
            }

            foreach (var form in UfficioFormPosts)
            {
                var url = string.Format(null, form, ente, app.TornataId);
                var status = (await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>(UfficioFormFields) { ["__RequestVerificationToken"] = token }))).StatusCode;
                if (status is not (HttpStatusCode.Forbidden or HttpStatusCode.NotFound))
                {
                    failures.Add($"POST {url} -> {(int)status}");
                }
            }
        }

        Assert.True(failures.Count == 0, $"{user} reached another ente's office forms:\n" + string.Join("\n", failures));
        Assert.Equal(0, await app.Database.ScalarAsync<long>("SELECT count(*) FROM sg_ufficio"));
    }

    /// <summary>The comuni's offices never reach the forms of the second-level office; the prefettura reads them and cannot post.</summary>
    [Theory]
    [InlineData("op.genova", true)]
    [InlineData("seg.genova", true)]
    [InlineData("pref.genova", false)]
    public async Task UfficioFormRoutes_OwnProvince_ComuniRefused_PrefetturaReadsOnly(string user, bool comune)
    {
        var client = await app.LoginAsync(user);
        var token = WebAppFixture.AntiforgeryToken(await client.GetStringAsync("/accesso"));
        foreach (var page in UfficioFormPages)
        {
            var url = string.Format(null, page, "GE", app.TornataId);
            var status = (await client.GetAsync(url)).StatusCode;
            Assert.True(status == (comune ? HttpStatusCode.Forbidden : HttpStatusCode.OK), $"{user}: GET {url} -> {(int)status}");
        }

        foreach (var form in UfficioFormPosts)
        {
            var url = string.Format(null, form, "GE", app.TornataId);
            var response = await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>(UfficioFormFields) { ["__RequestVerificationToken"] = token }));
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{user}: POST {url} -> {(int)response.StatusCode}");
        }

        Assert.Equal(0, await app.Database.ScalarAsync<long>("SELECT count(*) FROM sg_ufficio"));
    }

    [Theory]
    [InlineData("uff.genova")]
    [InlineData("admin")]
    public async Task UfficioFormPages_OwnEnte_Open(string user)
    {
        var client = await app.LoginAsync(user);
        foreach (var page in UfficioFormPages)
        {
            var url = string.Format(null, page, "GE", app.TornataId);
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{user}: GET {url} -> {(int)response.StatusCode}");
        }
    }

    /// <summary>The office's forms take the cookie sign-in only: a bearer token, of any role, neither reads nor posts them.</summary>
    [Theory]
    [InlineData("op.genova")]
    [InlineData("seg.genova")]
    [InlineData("uff.genova")]
    [InlineData("pref.genova")]
    [InlineData("op.savona")]
    [InlineData("pref.savona")]
    [InlineData("admin")]
    public async Task UfficioFormRoutes_BearerToken_Refused(string user)
    {
        var client = await Api.AdempimentiApiTests.BearerClientAsync(app, user);
        var failures = new List<string>();
        foreach (var page in UfficioFormPages)
        {
            var url = string.Format(null, page, "GE", app.TornataId);
            var status = (await client.GetAsync(url)).StatusCode;
            if (status is not (HttpStatusCode.Redirect or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden))
            {
                failures.Add($"GET {url} -> {(int)status}");
            }
        }

        foreach (var form in UfficioFormPosts)
        {
            var url = string.Format(null, form, "GE", app.TornataId);
            var status = (await client.PostAsync(url, new FormUrlEncodedContent(UfficioFormFields))).StatusCode;
            if (status is not (HttpStatusCode.Redirect or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.BadRequest))
            {
                failures.Add($"POST {url} -> {(int)status}");
            }
        }

        Assert.True(failures.Count == 0, $"{user} (bearer) reached the office's forms:\n" + string.Join("\n", failures));
        Assert.Equal(0, await app.Database.ScalarAsync<long>("SELECT count(*) FROM sg_ufficio"));
    }


    /// <summary>
    /// The contacts page and the prefettura's tools (the full list of overdue acts, its CSV, the
    /// sollecito): another ente's or province's ids are refused, in GET and POST, and nothing is written.
    /// </summary>
    [Theory]
    [MemberData(nameof(Foreign))]
    public async Task ContattiAndPrefetturaTools_OtherEntesIds_Refused(string user, string[] enti, string[] provinces)
    {
        var client = await app.LoginAsync(user);
        var token = WebAppFixture.AntiforgeryToken(await client.GetStringAsync("/accesso"));
        var failures = new List<string>();
        async Task Expect(string method, string url, Func<Task<HttpResponseMessage>> send)
        {
            var response = await send();
            if (response.StatusCode is not (HttpStatusCode.Forbidden or HttpStatusCode.NotFound))
            {
                failures.Add($"{method} {url} -> {(int)response.StatusCode}");
            }
        }

        Task PostForm(string url, Dictionary<string, string> fields) => Expect("POST", url, () =>
            client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token })));

        foreach (var ente in enti)
        {
            await Expect("GET", $"/enti/{ente}/contatti", () => client.GetAsync($"/enti/{ente}/contatti"));
            await PostForm($"/enti/{ente}/contatti", new() { ["EmailUfficioElettorale"] = "intruso@example.it", ["Sindaco"] = "Intruso" });
            if (ente.Length == 6)
            {
                // The act of a comune the user may not remind, under either province's address.
                var task = await app.TaskOfAsync(ente);
                foreach (var province in new[] { "GE", "SV" })
                {
                    await Expect("GET", $"/prefettura/{province}/sollecito/{task}", () => client.GetAsync($"/prefettura/{province}/sollecito/{task}"));
                    await PostForm($"/prefettura/{province}/sollecito/{task}", new() { ["Nota"] = "intruso" });
                }
            }
        }

        foreach (var province in provinces)
        {
            foreach (var page in new[] { "/prefettura/{0}/elenco", "/prefettura/{0}/elenco?elenco=assicurazione", "/prefettura/{0}/elenco/csv", "/prefettura/{0}/elenco?comune=010025" })
            {
                var url = string.Format(null, page, province);
                await Expect("GET", url, () => client.GetAsync(url));
            }
        }

        Assert.True(failures.Count == 0, $"{user} reached another ente's contacts or another province's tools:\n" + string.Join("\n", failures));
        Assert.Equal(0, await app.Database.ScalarAsync<long>($"SELECT count(*) FROM contatto_storico WHERE actor = '{user}'"));
        Assert.Equal(0, await app.Database.ScalarAsync<long>($"SELECT count(*) FROM adempimento_storia WHERE action = 'sollecitato' AND actor = '{user}'"));
    }

    /// <summary>The comuni's own offices and the second-level office never send a sollecito, not even in their own province.</summary>
    [Theory]
    [InlineData("op.genova")]
    [InlineData("seg.genova")]
    [InlineData("uff.genova")]
    public async Task Sollecito_NotPrefettura_Refused(string user)
    {
        var client = await app.LoginAsync(user);
        var task = await app.TaskOfAsync(WebAppFixture.Genova);

        var page = await client.GetAsync($"/prefettura/GE/sollecito/{task}");
        var list = await client.GetAsync("/prefettura/GE/elenco");
        var post = await client.PostAsync($"/prefettura/GE/sollecito/{task}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebAppFixture.AntiforgeryToken(await client.GetStringAsync("/accesso")),
        }));

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(0, await app.Database.ScalarAsync<long>("SELECT count(*) FROM adempimento_storia WHERE action = 'sollecitato'"));
    }

    [Theory]
    [InlineData("op.genova", WebAppFixture.Genova)]
    [InlineData("seg.genova", WebAppFixture.Genova)]
    [InlineData("uff.genova", "GE")]
    [InlineData("pref.genova", WebAppFixture.Arenzano)]
    [InlineData("pref.genova", "GE")]
    [InlineData("op.savona", WebAppFixture.Savona)]
    [InlineData("admin", WebAppFixture.Savona)]
    public async Task ContattiPage_OwnEnte_OpensWithTheForm(string user, string ente)
    {
        var response = await (await app.LoginAsync(user)).GetAsync($"/enti/{ente}/contatti");

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{user}: GET /enti/{ente}/contatti -> {(int)response.StatusCode}");
        Assert.Contains("Salva i contatti", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pref.genova")]
    [InlineData("admin")]
    public async Task PrefetturaTools_OwnProvince_Open(string user)
    {
        var client = await app.LoginAsync(user);
        var task = await app.TaskOfAsync(WebAppFixture.Genova);
        foreach (var url in new[] { "/prefettura/GE/elenco", "/prefettura/GE/elenco?elenco=assicurazione", "/prefettura/GE/elenco/csv", $"/prefettura/GE/elenco?comune={WebAppFixture.Genova}", $"/prefettura/GE/sollecito/{task}" })
        {
            var response = await client.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{user}: GET {url} -> {(int)response.StatusCode}");
        }
    }

    /// <summary>The new pages take the cookie sign-in only: a bearer token reaches neither the pages nor their forms.</summary>
    [Theory]
    [InlineData("op.genova")]
    [InlineData("pref.genova")]
    [InlineData("admin")]
    public async Task ContattiAndPrefetturaTools_BearerToken_Refused(string user)
    {
        var client = await Api.AdempimentiApiTests.BearerClientAsync(app, user);
        var task = await app.TaskOfAsync(WebAppFixture.Genova);
        var failures = new List<string>();
        foreach (var url in new[] { $"/enti/{WebAppFixture.Genova}/contatti", "/prefettura/GE/elenco", "/prefettura/GE/elenco/csv", $"/prefettura/GE/sollecito/{task}" })
        {
            var get = await client.GetAsync(url);
            var post = await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string> { ["EmailUfficioElettorale"] = "bearer@example.it", ["Nota"] = "bearer" }));
            foreach (var (method, status) in new[] { ("GET", get.StatusCode), ("POST", post.StatusCode) })
            {
                if (status is not (HttpStatusCode.Redirect or HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.BadRequest))
                {
                    failures.Add($"{method} {url} -> {(int)status}");
                }
            }
        }

        Assert.True(failures.Count == 0, $"{user} (bearer) reached a page:\n" + string.Join("\n", failures));
        Assert.Equal(0, await app.Database.ScalarAsync<long>("SELECT count(*) FROM contatto_storico WHERE to_value = 'bearer@example.it'"));
        Assert.Equal(0, await app.Database.ScalarAsync<long>("SELECT count(*) FROM adempimento_storia WHERE action = 'sollecitato'"));
    }
}
