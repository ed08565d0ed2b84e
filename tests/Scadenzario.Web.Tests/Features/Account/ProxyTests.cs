using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Scadenzario.Web.Tests.Support;

namespace Scadenzario.Web.Tests.Features.Account;

/// <summary>
/// Behind the TLS proxy the configuration names (Proxy:KnownProxies), the app takes the client's
/// address and the https scheme from X-Forwarded-For and X-Forwarded-Proto: HSTS is sent and the
/// cookies are Secure. The same headers from any other address are ignored.
/// </summary>
public sealed class ProxyTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    private const string Proxy = "10.0.0.5";
    private const string Client = "203.0.113.7";

    [Fact]
    public async Task KnownProxy_ForwardedHttps_HstsSecureCookiesAndTheClientsAddress()
    {
        var (login, failedFrom) = await FailedLoginThroughAsync(Proxy, Proxy);

        Assert.True(login.Headers.Contains("Strict-Transport-Security"), "no HSTS over HTTPS");
        Assert.Contains(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith("scadenzario-af", StringComparison.Ordinal) && c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(Client, failedFrom);
    }

    [Theory]
    [InlineData(Proxy)]
    [InlineData("")]
    public async Task UnknownProxy_OrNoneConfigured_ForwardedHeadersIgnored(string knownProxies)
    {
        var (login, failedFrom) = await FailedLoginThroughAsync("192.0.2.50", knownProxies);

        Assert.False(login.Headers.Contains("Strict-Transport-Security"), "HSTS over plain HTTP");
        Assert.Contains(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith("scadenzario-af", StringComparison.Ordinal) && !c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("192.0.2.50", failedFrom);
    }

    /// <summary>With <paramref name="knownProxies"/> configured, opens the login form from <paramref name="peer"/> claiming https and <see cref="Client"/>; returns the form's response and the address the failed login after it was recorded with.</summary>
    private async Task<(HttpResponseMessage Form, string? FailedFrom)> FailedLoginThroughAsync(string peer, string knownProxies)
    {
        await using var factory = app.Factory.WithWebHostBuilder(b => b.UseSetting("Proxy:KnownProxies", knownProxies));
        // HSTS is never sent to localhost: the proxy forwards the public host name.
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://scadenzario.example.it/") });

        HttpRequestMessage Through(HttpMethod method, HttpContent? content = null)
        {
            var request = new HttpRequestMessage(method, "/accesso") { Content = content };
            request.Headers.Add(TestPeerAddress.Header, peer);
            request.Headers.Add("X-Forwarded-For", Client);
            request.Headers.Add("X-Forwarded-Proto", "https");
            return request;
        }

        var form = await client.SendAsync(Through(HttpMethod.Get));
        var token = WebAppFixture.AntiforgeryToken(await form.Content.ReadAsStringAsync());
        // The anti-forgery cookie, Secure or not, goes back as a browser behind the proxy would send it.
        var cookie = form.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("scadenzario-af", StringComparison.Ordinal)).Split(';')[0];
        var post = Through(HttpMethod.Post, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "nome.inesistente",
            ["Password"] = "x",
            ["__RequestVerificationToken"] = token,
        }));
        post.Headers.Add("Cookie", cookie);
        var login = await client.SendAsync(post);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var address = await app.Database.ScalarAsync<string>("SELECT address FROM login_failure ORDER BY id DESC LIMIT 1");
        return (form, address);
    }
}
