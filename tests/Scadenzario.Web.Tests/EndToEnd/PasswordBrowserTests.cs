using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NodaTime;
using Scadenzario.Jobs;
using Scadenzario.Jobs.Mail;
using Scadenzario.Jobs.Outbox;
using Scadenzario.Jobs.Tests.Support;
using Scadenzario.Web.Tests.Features.Account;
using Scadenzario.Web.Tests.Support;

namespace Scadenzario.Web.Tests.EndToEnd;

/// <summary>maildev for one test class, started and stopped with it (MailCatcher's constructor takes the TLS switch).</summary>
public sealed class PlainMailCatcher : IAsyncLifetime
{
    public MailCatcher Mail { get; } = new();

    public Task InitializeAsync() => Mail.InitializeAsync();

    public Task DisposeAsync() => Mail.DisposeAsync();
}

/// <summary>
/// In Chromium, each new page checked with axe-core: a forgotten password reset through the outbox,
/// the real SMTP server (maildev) and the emailed link; the link refused once used and once expired
/// (the injected clock); a change of password that ends the account's other browser session; and
/// the warning before the pause of the login.
/// </summary>
[Collection(BrowserFixture.Collection)]
public sealed partial class PasswordBrowserTests(BrowserFixture app, PlainMailCatcher catcher) : IClassFixture<BrowserFixture>, IClassFixture<PlainMailCatcher>
{
    private const string NewPassword = "Scelta-Nel-Browser-5!";

    [Fact]
    public async Task ForgottenPassword_LinkByMail_NewPasswordSignsIn_LinkRefusedWhenUsedOrExpired()
    {
        await AccountPeople.CreateAsync(app, "browser.recupero", "browser.recupero@comune.genova.it", "Bruna Recupero");
        var page = await AnonymousPageAsync();

        await page.GotoAsync("/accesso");
        await page.GetByRole(AriaRole.Link, new() { Name = "Password dimenticata?" }).ClickAsync();
        await page.WaitForURLAsync("**/accesso/recupero");
        await page.GetByRole(AriaRole.Button, new() { Name = "Invia il collegamento" }).ClickAsync();
        await page.Locator("#NomeOEmail-errore").WaitForAsync();
        await BrowserTests.CheckPageAsync(page, "accesso-recupero-errore");
        var link = await RequestAndReadLinkAsync(page, "browser.recupero@comune.genova.it");
        await BrowserTests.CheckPageAsync(page, "accesso-recupero-inviato");

        await page.GotoAsync(link);
        await BrowserTests.CheckPageAsync(page, "accesso-reimposta");
        await page.GetByLabel("Nuova password", new() { Exact = true }).FillAsync("corta");
        await page.GetByLabel("Ripetere la nuova password", new() { Exact = true }).FillAsync("diversa");
        await page.GetByRole(AriaRole.Button, new() { Name = "Salva la nuova password" }).ClickAsync();
        await page.Locator("#New-errore").WaitForAsync();
        Assert.Contains("Deve avere almeno 10 caratteri.", await page.Locator("#New-errore").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("non coincidono", await page.Locator("#Confirmation-errore").InnerTextAsync(), StringComparison.Ordinal);
        await BrowserTests.CheckPageAsync(page, "accesso-reimposta-errori");

        await page.GetByLabel("Nuova password", new() { Exact = true }).FillAsync(NewPassword);
        await page.GetByLabel("Ripetere la nuova password", new() { Exact = true }).FillAsync(NewPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Salva la nuova password" }).ClickAsync();
        await page.Locator("#esito").WaitForAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Vai alla pagina di accesso" }).ClickAsync();
        await SignInAsync(page, "browser.recupero", NewPassword);
        Assert.EndsWith("/enti/010025/oggi", page.Url, StringComparison.Ordinal);

        var second = await AnonymousPageAsync();
        await second.GotoAsync(link);
        Assert.Equal(PasswordResets.NoLongerValid, await second.Locator("#errore").InnerTextAsync());
        Assert.Equal(0, await second.Locator("input[name=New]").CountAsync());
        await BrowserTests.CheckPageAsync(second, "accesso-reimposta-non-valido");

        var start = app.Clock.GetCurrentInstant();
        try
        {
            // A new link is issued at most once a minute per account.
            app.Clock.Advance(Duration.FromMinutes(2));
            await second.GotoAsync("/accesso/recupero");
            var late = await RequestAndReadLinkAsync(second, "browser.recupero");
            app.Clock.Advance(PasswordResets.Lifetime);
            await second.GotoAsync(late);
            Assert.Equal(PasswordResets.NoLongerValid, await second.Locator("#errore").InnerTextAsync());
        }
        finally
        {
            app.Clock.Reset(start);
        }

        Assert.True(app.ConsoleErrors.IsEmpty, "browser console errors:\n" + string.Join("\n", app.ConsoleErrors));
    }

    [Fact]
    public async Task ChangePassword_EndsTheOtherBrowsersSession_ThisOneGoesOn()
    {
        await AccountPeople.CreateAsync(app, "browser.cambio", "browser.cambio@comune.genova.it", "Carlo Cambio");
        var here = await app.SignedInPageAsync("browser.cambio");
        var elsewhere = await app.SignedInPageAsync("browser.cambio");

        await here.GetByRole(AriaRole.Link, new() { Name = "Password", Exact = true }).ClickAsync();
        await here.WaitForURLAsync("**/account/password");
        await BrowserTests.CheckPageAsync(here, "account-password");
        await here.GetByRole(AriaRole.Button, new() { Name = "Cambia la password" }).ClickAsync();
        await here.Locator("#Current-errore").WaitForAsync();
        Assert.Equal("Indicare la password attuale.", await here.Locator("#Current-errore").InnerTextAsync());
        Assert.Equal("Indicare la nuova password.", await here.Locator("#New-errore").InnerTextAsync());
        await BrowserTests.CheckPageAsync(here, "account-password-errori");

        await here.GetByLabel("Password attuale", new() { Exact = true }).FillAsync(WebAppFixture.Password);
        await here.GetByLabel("Nuova password", new() { Exact = true }).FillAsync(NewPassword);
        await here.GetByLabel("Ripetere la nuova password", new() { Exact = true }).FillAsync(NewPassword);
        await here.GetByRole(AriaRole.Button, new() { Name = "Cambia la password" }).ClickAsync();
        await here.Locator("#esito").WaitForAsync();
        await BrowserTests.CheckPageAsync(here, "account-password-cambiata");

        await elsewhere.ReloadAsync();
        Assert.Contains("/accesso", elsewhere.Url, StringComparison.Ordinal);
        await here.GotoAsync("/enti/010025/oggi");
        Assert.EndsWith("/enti/010025/oggi", here.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FailedLogins_WarningBeforeThePause()
    {
        var page = await AnonymousPageAsync();
        for (var i = 0; i < 3; i++)
        {
            await page.GotoAsync("/accesso");
            await page.GetByLabel("Nome utente").FillAsync("browser.avviso");
            await page.GetByLabel("Password", new() { Exact = true }).FillAsync("sbagliata-" + i);
            await page.GetByRole(AriaRole.Button, new() { Name = "Accedi" }).ClickAsync();
            await page.Locator("#errore-accesso").WaitForAsync();
        }

        Assert.Equal("Restano 2 tentativi per questo nome utente da questa postazione prima di una pausa di 15 minuti.", await page.Locator("#avviso-tentativi").InnerTextAsync());
        await BrowserTests.CheckPageAsync(page, "accesso-avviso-tentativi");
    }

    /// <summary>Types the name on the request page, delivers the outbox to maildev and returns the link of the message that arrived.</summary>
    private async Task<string> RequestAndReadLinkAsync(IPage page, string typed)
    {
        await catcher.Mail.ClearAsync();
        await page.GetByLabel("Nome utente o email").FillAsync(typed);
        await page.GetByRole(AriaRole.Button, new() { Name = "Invia il collegamento" }).ClickAsync();
        await page.Locator("#esito").WaitForAsync();
        var options = new JobsOptions { WebBaseUrl = new Uri(app.BaseUrl + "/") };
        var report = await new OutboxSender(app.Database.DataSource, new MailKitTransport(catcher.Mail.Options), app.Clock, options, "test").SendDueAsync(CancellationToken.None);
        Assert.True(report.Sent >= 1, $"sent {report.Sent}, retrying {report.Retrying}, failed {report.Failed}");
        var mail = Assert.Single(await catcher.Mail.WaitForAsync(1, TimeSpan.FromSeconds(30)), m => m.To == "browser.recupero@comune.genova.it");
        Assert.Equal("Scadenzario – collegamento per scegliere una nuova password", mail.Subject);
        Assert.Equal("auto-generated", mail.AutoSubmitted);
        Assert.Contains("l'account «browser.recupero»", mail.Text, StringComparison.Ordinal);
        return LinkPattern().Match(mail.Text).Value is { Length: > 0 } link ? link : throw new InvalidOperationException("no link in the message:\n" + mail.Text);
    }

    private async Task<IPage> AnonymousPageAsync()
    {
        var context = await app.Browser.NewContextAsync(new() { BaseURL = app.BaseUrl, Locale = "it-IT" });
        var page = await context.NewPageAsync();
        app.WatchConsole(page);
        return page;
    }

    private static async Task SignInAsync(IPage page, string user, string password)
    {
        await page.GetByLabel("Nome utente").FillAsync(user);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Accedi" }).ClickAsync();
        await page.WaitForURLAsync("**/oggi");
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/accesso/reimposta\?token=[A-Za-z0-9_-]{43}")]
    private static partial Regex LinkPattern();
}
