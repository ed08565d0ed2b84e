using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace Scadenzario.Web.Infrastructure;

/// <summary>Creating accounts and the demo accounts printed at start-up.</summary>
public sealed class Accounts(UserManager<WebUser> users, RoleManager<IdentityRole> roles)
{
    public sealed record Demo(string UserName, string Password, string Role, string? EnteCode, string Description);

    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)));
            }
        }
    }

    /// <summary>Creates the account, or resets its password, role and ente when it exists.</summary>
    public async Task<WebUser> EnsureAsync(string userName, string password, string role, string? enteCode, string displayName)
    {
        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            user = new WebUser { UserName = userName, EnteCode = enteCode, DisplayName = displayName, LockoutEnabled = true };
            Check(await users.CreateAsync(user, password));
        }
        else
        {
            user.EnteCode = enteCode;
            user.DisplayName = displayName;
            Check(await users.UpdateAsync(user));
            Check(await users.RemovePasswordAsync(user));
            Check(await users.AddPasswordAsync(user, password));
            await users.SetLockoutEndDateAsync(user, null);
            await users.ResetAccessFailedCountAsync(user);
        }

        foreach (var other in (await users.GetRolesAsync(user)).Where(r => r != role))
        {
            Check(await users.RemoveFromRoleAsync(user, other));
        }

        if (!await users.IsInRoleAsync(user, role))
        {
            Check(await users.AddToRoleAsync(user, role));
        }

        return user;
    }

    /// <summary>
    /// The demo accounts of Genova and its province, with new random passwords on every start:
    /// a demo database copied elsewhere does not carry a known password.
    /// </summary>
    public async Task<IReadOnlyList<Demo>> EnsureDemoAsync()
    {
        await EnsureRolesAsync();
        Demo[] demo =
        [
            new("operatore.genova", NewPassword(), Roles.Operatore, "010025", "Ufficio elettorale del Comune di Genova"),
            new("segretario.genova", NewPassword(), Roles.Segretario, "010025", "Segretario generale del Comune di Genova"),
            new("prefettura.genova", NewPassword(), Roles.Prefettura, "GE", "Prefettura - UTG di Genova"),
            new("ufficio.cm.genova", NewPassword(), Roles.UfficioProvinciale, "GE", "Ufficio elettorale della Città metropolitana di Genova"),
            new("admin", NewPassword(), Roles.Amministratore, null, "Amministratore di Scadenzario"),
        ];
        foreach (var account in demo)
        {
            await EnsureAsync(account.UserName, account.Password, account.Role, account.EnteCode, account.Description);
        }

        return demo;
    }

    public static string NewPassword() =>
        "Demo-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6)) + "-2!";

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Operazione sull'account non riuscita: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
