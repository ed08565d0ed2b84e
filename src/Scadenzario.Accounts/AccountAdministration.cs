using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Scadenzario.Data.Limits;
using Scadenzario.Data.Model;

namespace Scadenzario.Accounts;

/// <summary>An account as the amministratore sees it.</summary>
public sealed record AccountSummary(string Id, string UserName, string? Email, string DisplayName, string? Role, string? EnteCode, AccountState State);

public enum AccountState
{
    Attivo,

    /// <summary>Too many failed logins: Identity's lockout, which ends by itself.</summary>
    Bloccato,

    /// <summary>Disabled by an amministratore: a lockout without end.</summary>
    Disattivato,
}

/// <summary>The data of a new account, as typed by the amministratore.</summary>
public sealed record NewAccount(string UserName, string? Email, string Role, string? EnteCode, string? DisplayName = null);

/// <summary>
/// A request the rules refuse: <see cref="Errors"/> holds every problem under the input at fault
/// (<see cref="Field"/> is the first), the message all of them, for the user.
/// </summary>
public sealed class AccountException : Exception
{
    public AccountException(string field, string message)
        : this(One(field, message))
    {
    }

    public AccountException(FieldErrors errors)
        : base(errors.ToString())
    {
        Errors = errors;
        Field = errors.Fields.First();
    }

    public string Field { get; }

    public FieldErrors Errors { get; }

    private static FieldErrors One(string field, string message)
    {
        var errors = new FieldErrors();
        errors.Add(field, message);
        return errors;
    }
}

/// <summary>
/// What the amministratore does to accounts: create them, reset a password, unlock, disable.
/// Every action is appended to account_audit in the same transaction as the change.
/// </summary>
public sealed class AccountAdministration(UserManager<WebUser> users, RoleManager<IdentityRole> roles, AccountsDb db, IClock clock)
{
    // Identity's lockout has no "disabled" state; a lockout ending at the end of time is the
    // usual way to keep an account (and its history) while refusing every sign-in.
    internal static readonly DateTimeOffset Forever = DateTimeOffset.MaxValue;

    public async Task<IReadOnlyList<AccountSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        var rows = await (
            from u in db.Users.AsNoTracking()
            join ur in db.UserRoles on u.Id equals ur.UserId into userRoles
            from ur in userRoles.DefaultIfEmpty()
            join r in db.Roles on ur.RoleId equals r.Id into userRole
            from r in userRole.DefaultIfEmpty()
            orderby u.UserName
            select new { u.Id, u.UserName, u.Email, u.DisplayName, Role = r == null ? null : r.Name, u.EnteCode, u.LockoutEnd })
            .ToListAsync(cancellationToken);
        // Identity sets and checks lockouts against the system time, not the injected clock.
        var now = DateTimeOffset.UtcNow;
        return rows
            .GroupBy(u => u.Id)
            .Select(g => g.First())
            .Select(u => new AccountSummary(u.Id, u.UserName ?? "", u.Email, u.DisplayName, u.Role, u.EnteCode, StateOf(u.LockoutEnd, now)))
            .ToList();
    }

    public Task<WebUser?> FindAsync(string id) => users.FindByIdAsync(id);

    /// <summary>Creates the account and returns its initial password, which is stored only as a hash.</summary>
    public async Task<string> CreateAsync(NewAccount account, string actor, CancellationToken cancellationToken = default)
    {
        var userName = account.UserName.Trim();
        var email = account.Email?.Trim();
        var ente = string.IsNullOrWhiteSpace(account.EnteCode) ? null : account.EnteCode.Trim().ToUpperInvariant();
        // Every problem of the form at once: the amministratore corrects them all in one go.
        var errors = new FieldErrors();
        if (userName.Length == 0)
        {
            errors.Add(nameof(NewAccount.UserName), "Indicare il nome utente.");
        }

        foreach (var (field, text, limit) in new[]
                 {
                     (nameof(NewAccount.UserName), userName, InputLimits.NomeUtente),
                     (nameof(NewAccount.DisplayName), account.DisplayName?.Trim(), InputLimits.NomeVisualizzato),
                 })
        {
            if (InputLimits.Problem(text, limit) is { } problem)
            {
                errors.Add(field, problem);
            }
        }

        if (!Scadenzario.Data.Enti.Mailbox.TryNormalize(email, out _, out var emailError))
        {
            errors.Add(nameof(NewAccount.Email), $"Indirizzo email: {emailError}");
        }

        if (!Roles.IsKnown(account.Role))
        {
            errors.Add(nameof(NewAccount.Role), "Scegliere uno dei ruoli dell'elenco.");
        }
        else if (await EnteProblemAsync(account.Role, ente, cancellationToken) is { } enteProblem)
        {
            errors.Add(nameof(NewAccount.EnteCode), enteProblem);
        }

        if (userName.Length > 0 && errors.For(nameof(NewAccount.UserName)) is null && await users.FindByNameAsync(userName) is not null)
        {
            errors.Add(nameof(NewAccount.UserName), $"Esiste già un utente «{userName}».");
        }

        if (errors.Any)
        {
            throw new AccountException(errors);
        }

        var password = Passwords.Generate();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await roles.RoleExistsAsync(account.Role))
        {
            Check(await roles.CreateAsync(new IdentityRole(account.Role)), nameof(NewAccount.Role));
        }

        var user = new WebUser
        {
            UserName = userName,
            Email = email,
            EnteCode = ente,
            DisplayName = string.IsNullOrWhiteSpace(account.DisplayName) ? userName : account.DisplayName.Trim(),
            LockoutEnabled = true,
        };
        Check(await users.CreateAsync(user, password), nameof(NewAccount.UserName));
        Check(await users.AddToRoleAsync(user, account.Role), nameof(NewAccount.Role));
        await RecordAsync(actor, AccountActions.Creato, userName, $"ruolo {account.Role}" + (ente is null ? "" : $", ente {ente}") + $", email {email}", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return password;
    }

    /// <summary>Replaces the password with a new random one and returns it; open sessions end (new security stamp).</summary>
    public async Task<string> ResetPasswordAsync(string userId, string actor, CancellationToken cancellationToken = default)
    {
        var user = await FindOrThrowAsync(userId);
        var password = Passwords.Generate();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        Check(await users.RemovePasswordAsync(user), "Id");
        Check(await users.AddPasswordAsync(user, password), "Id");
        await RecordAsync(actor, AccountActions.PasswordReimpostata, user.UserName!, "", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return password;
    }

    /// <summary>Ends a lockout (too many failed logins) or re-enables a disabled account.</summary>
    public async Task UnlockAsync(string userId, string actor, CancellationToken cancellationToken = default)
    {
        var user = await FindOrThrowAsync(userId);
        var wasDisabled = user.LockoutEnd == Forever;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        Check(await users.SetLockoutEndDateAsync(user, null), "Id");
        Check(await users.ResetAccessFailedCountAsync(user), "Id");
        await RecordAsync(actor, wasDisabled ? AccountActions.Riattivato : AccountActions.Sbloccato, user.UserName!, "", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Refuses every further sign-in and ends the open sessions; the account and its history stay.</summary>
    public async Task DisableAsync(string userId, string actor, CancellationToken cancellationToken = default)
    {
        var user = await FindOrThrowAsync(userId);
        if (string.Equals(user.UserName, actor, StringComparison.Ordinal))
        {
            throw new AccountException("Id", "Non è possibile disattivare il proprio account.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        Check(await users.SetLockoutEnabledAsync(user, true), "Id");
        Check(await users.SetLockoutEndDateAsync(user, Forever), "Id");
        Check(await users.UpdateSecurityStampAsync(user), "Id");
        await RecordAsync(actor, AccountActions.Disattivato, user.UserName!, "", cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AccountAuditEntry>> HistoryAsync(int count, CancellationToken cancellationToken = default) =>
        await db.AccountAudit.AsNoTracking().OrderByDescending(a => a.Id).Take(count).ToListAsync(cancellationToken);

    internal static AccountState StateOf(DateTimeOffset? lockoutEnd, DateTimeOffset now) =>
        lockoutEnd == Forever ? AccountState.Disattivato
        : lockoutEnd > now ? AccountState.Bloccato
        : AccountState.Attivo;

    /// <summary>The rule EnteAccess relies on: the ente exists and is of the kind the role is bound to; null when it holds.</summary>
    private async Task<string?> EnteProblemAsync(string role, string? ente, CancellationToken cancellationToken)
    {
        var expected = Roles.EnteFor(role);
        if (expected == RoleEnte.Nessuno)
        {
            return ente is null ? null : "L'amministratore non appartiene a un ente: lasciare vuoto il codice dell'ente.";
        }

        if (ente is null)
        {
            return expected == RoleEnte.Comune
                ? $"Per il ruolo «{Roles.Label(role)}» indicare il codice ISTAT del comune."
                : $"Per il ruolo «{Roles.Label(role)}» indicare la sigla della provincia o della città metropolitana.";
        }

        var kind = await db.Database
            .SqlQuery<string>($"SELECT kind AS \"Value\" FROM ente WHERE code = {ente}")
            .SingleOrDefaultAsync(cancellationToken);
        if (kind is null)
        {
            return $"L'ente «{ente}» non esiste: importare i comuni o correggere il codice.";
        }

        if (expected == RoleEnte.Comune && kind != EnteKinds.Comune)
        {
            return $"Il ruolo «{Roles.Label(role)}» richiede un comune, ma «{ente}» non è un comune.";
        }

        return expected == RoleEnte.Provincia && kind == EnteKinds.Comune
            ? $"Il ruolo «{Roles.Label(role)}» richiede la sigla di una provincia o città metropolitana, ma «{ente}» è un comune."
            : null;
    }

    private async Task<WebUser> FindOrThrowAsync(string userId) =>
        await users.FindByIdAsync(userId) ?? throw new AccountException("Id", "Utente non trovato.");

    private async Task RecordAsync(string actor, string action, string userName, string details, CancellationToken cancellationToken)
    {
        db.AccountAudit.Add(new AccountAuditEntry { At = clock.GetCurrentInstant(), Actor = actor, Action = action, UserName = userName, Details = details });
        await db.SaveChangesAsync(cancellationToken);
    }

    // Identity's own descriptions are in English; the amministratore reads Italian.
    private static void Check(IdentityResult result, string field)
    {
        if (result.Succeeded)
        {
            return;
        }

        var error = result.Errors.First();
        throw new AccountException(field, error.Code switch
        {
            "DuplicateUserName" => "Esiste già un utente con questo nome.",
            "InvalidUserName" => "Il nome utente può contenere solo lettere senza accenti, cifre e i caratteri - . _ @ +.",
            "InvalidEmail" => "L'indirizzo email non è valido.",
            _ => $"Operazione sull'account non riuscita ({error.Code}).",
        });
    }
}
