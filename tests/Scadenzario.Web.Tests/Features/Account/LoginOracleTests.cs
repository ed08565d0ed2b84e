using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Scadenzario.Web.Features.Account;
using Scadenzario.Web.Tests.Support;

namespace Scadenzario.Web.Tests.Features.Account;

/// <summary>
/// The login page and the API's login tell a stranger nothing about which accounts exist: an
/// unknown name, a wrong password, a locked and a disabled account get the same message after the
/// same work. The work is checked by its mechanism (the password hasher verifies once in every
/// case), not by timing.
/// </summary>
public sealed partial class LoginOracleTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Fact]
    public async Task Login_UnknownWrongLockedDisabled_SameMessageAndOnePasswordVerificationEach()
    {
        var hasher = new CountingHasher();
        await using var factory = app.Factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<IPasswordHasher<WebUser>>(hasher)));
        await EnsureAsync(factory, "oracolo.bloccato");
        await EnsureAsync(factory, "oracolo.disattivato");
        await app.Database.ScalarAsync<long>("WITH u AS (UPDATE asp_net_users SET lockout_end = now() + interval '15 minutes' WHERE user_name = 'oracolo.bloccato' RETURNING 1) SELECT count(*) FROM u");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var id = await app.Database.ScalarAsync<string>("SELECT id FROM asp_net_users WHERE user_name = 'oracolo.disattivato'");
            await scope.ServiceProvider.GetRequiredService<AccountAdministration>().DisableAsync(id!, Users.Admin.Name);
        }

        (string Name, string Password)[] attempts =
        [
            ("nessuno.conosce.questo.nome", WebAppFixture.Password),
            (Users.OperatoreGenova.Name, "Password-Sbagliata-1!"),
            ("oracolo.bloccato", WebAppFixture.Password),
            ("oracolo.disattivato", WebAppFixture.Password),
        ];
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var api = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        foreach (var (name, password) in attempts)
        {
            var page = await client.GetStringAsync("/accesso");
            var before = hasher.Verifications;
            var response = await client.PostAsync("/accesso", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["UserName"] = name,
                ["Password"] = password,
                ["__RequestVerificationToken"] = WebAppFixture.AntiforgeryToken(page),
            }));
            Assert.Equal(1, hasher.Verifications - before);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(LoginModel.Refused, ErrorOf(await response.Content.ReadAsStringAsync()));

            before = hasher.Verifications;
            var token = await api.PostAsJsonAsync("/api/accesso", new { nomeUtente = name, password });
            Assert.Equal(1, hasher.Verifications - before);
            Assert.Equal(HttpStatusCode.Unauthorized, token.StatusCode);
            Assert.Equal(LoginModel.Refused, (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        }
    }

    private static async Task EnsureAsync(WebApplicationFactory<Program> factory, string userName)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Scadenzario.Web.Infrastructure.Accounts>()
            .EnsureAsync(userName, WebAppFixture.Password, Roles.Operatore, WebAppFixture.Genova, userName);
    }

    private static string ErrorOf(string html) =>
        System.Net.WebUtility.HtmlDecode(ErrorPattern().Match(html) is { Success: true } m ? m.Groups[1].Value : "(nessun messaggio)");

    [GeneratedRegex("id=\"errore-accesso\">([^<]*)<")]
    private static partial Regex ErrorPattern();

    /// <summary>The real hasher, counting the verifications it is asked for.</summary>
    private sealed class CountingHasher : IPasswordHasher<WebUser>
    {
        private readonly PasswordHasher<WebUser> inner = new();
        private int verifications;

        public int Verifications => Volatile.Read(ref verifications);

        public string HashPassword(WebUser user, string password) => inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(WebUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref verifications);
            return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}
