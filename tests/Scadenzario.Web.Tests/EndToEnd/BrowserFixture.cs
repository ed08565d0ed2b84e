using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;
using Scadenzario.Data.Tests.Support;
using Scadenzario.Web.Tests.Support;

namespace Scadenzario.Web.Tests.EndToEnd;

/// <summary>
/// The app on a free local port and Debian's Chromium driven by Playwright (never a downloaded
/// browser). Screenshots go to artifacts/screenshots at the repository root.
/// </summary>
public sealed class BrowserFixture : WebAppFixture
{
    /// <summary>The xUnit collection of the browser test classes, which run one after the other.</summary>
    public const string Collection = "Browser";

    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly int port = FreePort();

    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl => $"http://127.0.0.1:{port}";

    public static string Screenshots { get; } = Path.Combine(PostgresServer.RepositoryRoot, "artifacts", "screenshots");

    public static string AxeScript { get; } = Path.Combine(PostgresServer.RepositoryRoot, "src", "Scadenzario.Web", "node_modules", "axe-core", "axe.min.js");

    protected override int? ListenPort => port;

    public override async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: install Debian's chromium (apt-get install -y chromium); ./test.sh does it.");
        }

        await base.InitializeAsync();
        Directory.CreateDirectory(Screenshots);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // Chromium's sandbox needs user namespaces, which a root CI container does not give.
            Args = ["--no-sandbox"],
        });
    }

    public override async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        await base.DisposeAsync();
    }

    public async Task<IPage> SignedInPageAsync(string user)
    {
        var context = await Browser.NewContextAsync(new() { BaseURL = BaseUrl, Locale = "it-IT", ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        WatchConsole(page);
        await page.GotoAsync("/accesso");
        await page.GetByLabel("Nome utente").FillAsync(user);
        await page.GetByLabel("Password").FillAsync(Password);
        var login = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Accedi" }).ClickAsync(),
            response => response.Request.Method == "POST" && response.Url.Contains("/accesso", StringComparison.Ordinal),
            new() { Timeout = 60_000 });
        await page.WaitForLoadStateAsync(LoadState.Load, new() { Timeout = 60_000 });
        if (page.Url.Contains("/accesso", StringComparison.Ordinal))
        {
            // Say what the login page said, so a failure names its cause instead of timing out.
            var shown = await page.Locator("main").InnerTextAsync();
            throw new InvalidOperationException($"Accesso di {user} non riuscito (HTTP {login.Status}): {shown}");
        }

        return page;
    }

    /// <summary>Errors in the browser console (a script the CSP blocked, a missing file) seen by the tests.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> ConsoleErrors { get; } = new();

    public void WatchConsole(IPage page)
    {
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                ConsoleErrors.Enqueue($"{page.Url}: {message.Text}");
            }
        };
        page.PageError += (_, error) => ConsoleErrors.Enqueue($"{page.Url}: {error}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                ConsoleErrors.Enqueue($"{page.Url}: {response.Status} {response.Url}");
            }
        };
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
