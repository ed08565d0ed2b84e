using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Scadenzario.Web.Tests.Support;

namespace Scadenzario.Web.Tests.Features.Account;

/// <summary>Accounts made for one test, with a name and an email address, through the app's own Identity.</summary>
public static class AccountPeople
{
    public static async Task CreateAsync(WebAppFixture app, string userName, string? email, string displayName, string role = Roles.Operatore, string? ente = WebAppFixture.Genova)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<Scadenzario.Web.Infrastructure.Accounts>()
            .EnsureAsync(userName, WebAppFixture.Password, role, ente, displayName);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<WebUser>>();
        var result = await users.SetEmailAsync(user, email);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Code)));
    }

    public static async Task<string> IdOfAsync(WebAppFixture app, string userName) =>
        (await app.Database.ScalarAsync<string>($"SELECT id FROM asp_net_users WHERE user_name = '{userName}'"))!;
}
