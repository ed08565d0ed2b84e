using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Scadenzario.Web.Features.Account;

/// <summary>A sign-in refused by <see cref="LoginThrottle"/> before the password was looked at.</summary>
public sealed class LoginThrottled : SignInResult
{
    public static LoginThrottled Instance { get; } = new();
}

/// <summary>
/// The password sign-in of the login page and of the API, which tells a stranger nothing and
/// cannot be used to lock anyone out:
/// - an unknown name, a wrong password and a locked or disabled account get the same answer
///   (<see cref="SignInResult.Failed"/>, never LockedOut) after the same work: the password is
///   hashed in every case, against a dummy hash when no account has the name;
/// - failures never lock the account (Identity's lockout counter is not used); the
///   <see cref="LoginThrottle"/> slows a guesser down per address and name, and every failure is
///   recorded for the amministratore (<see cref="LoginFailures"/>).
/// </summary>
public sealed class LoginSignInManager(
    UserManager<WebUser> users,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<WebUser> claimsFactory,
    IOptions<IdentityOptions> options,
    ILogger<SignInManager<WebUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<WebUser> confirmation,
    IPasswordHasher<WebUser> hasher,
    LoginThrottle throttle,
    LoginFailures failures)
    : SignInManager<WebUser>(users, contextAccessor, claimsFactory, options, logger, schemes, confirmation)
{
    // Made by the configured hasher on first use, so it costs what a real account's hash costs.
    private static string? dummyHash;

    /// <summary><paramref name="lockoutOnFailure"/> is ignored: failures never lock an account.</summary>
    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var name = (userName ?? "").Trim();
        var address = Context.Connection.RemoteIpAddress;
        if (!throttle.MayTry(name, address))
        {
            return LoginThrottled.Instance;
        }

        var user = name.Length == 0 ? null : await UserManager.FindByNameAsync(name);
        var matches = user is { PasswordHash: not null }
            ? await UserManager.CheckPasswordAsync(user, password ?? "")
            : HashAgainstDummy(password ?? "");
        if (user is null || !matches || !await CanSignInAsync(user) || await UserManager.IsLockedOutAsync(user))
        {
            throttle.RecordFailure(name, address);
            await failures.RecordAsync(user?.Id, address?.ToString(), Context.RequestAborted);
            return SignInResult.Failed;
        }

        await SignInAsync(user, isPersistent);
        return SignInResult.Success;
    }

    private bool HashAgainstDummy(string password)
    {
        var dummy = new WebUser();
        dummyHash ??= hasher.HashPassword(dummy, Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)));
        hasher.VerifyHashedPassword(dummy, dummyHash, password);
        return false;
    }
}
