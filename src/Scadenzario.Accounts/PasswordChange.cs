using Microsoft.AspNetCore.Identity;
using NodaTime;

namespace Scadenzario.Accounts;

/// <summary>What a signed-in person types to change their own password.</summary>
public sealed record PasswordChangeRequest(string Current, string New, string Confirmation);

/// <summary>
/// A signed-in person changes their own password: the current one is required (a browser left open
/// must not let a passer-by take the account over), the new one follows the product's rules and is
/// typed twice. The change gives the account a new security stamp, so every other session and
/// bearer token ends on its next request (<see cref="AccountSessions"/>); the caller signs the
/// current browser in again. The history records that it happened, never the password.
/// </summary>
public sealed class PasswordChange(UserManager<WebUser> users, AccountsDb db, IClock clock)
{
    public const string CurrentField = nameof(PasswordChangeRequest.Current);
    public const string NewField = nameof(PasswordChangeRequest.New);
    public const string ConfirmationField = nameof(PasswordChangeRequest.Confirmation);

    /// <summary>The problems of the request, every one at once; none when the password was changed.</summary>
    public async Task<FieldErrors> ChangeAsync(string userId, PasswordChangeRequest request, CancellationToken cancellationToken = default)
    {
        var errors = new FieldErrors();
        var user = await users.FindByIdAsync(userId) ?? throw new InvalidOperationException("the signed-in account no longer exists");
        if (request.Current.Length == 0)
        {
            errors.Add(CurrentField, "Indicare la password attuale.");
        }
        else if (!await users.CheckPasswordAsync(user, request.Current))
        {
            errors.Add(CurrentField, "La password attuale non è corretta.");
        }

        if (await PasswordRules.CheckAsync(users, user, request.New, errors, NewField) && request.New == request.Current)
        {
            errors.Add(NewField, "La nuova password deve essere diversa da quella attuale.");
        }

        if (request.Confirmation != request.New)
        {
            errors.Add(ConfirmationField, "Le due password non coincidono: digitare di nuovo la nuova password.");
        }

        if (errors.Any)
        {
            return errors;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await users.ChangePasswordAsync(user, request.Current, request.New);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("password not changed after its checks passed: " + string.Join("; ", result.Errors.Select(e => e.Code)));
        }

        db.AccountAudit.Add(new AccountAuditEntry { At = clock.GetCurrentInstant(), Actor = user.UserName!, Action = AccountActions.PasswordCambiata, UserName = user.UserName! });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return errors;
    }
}
