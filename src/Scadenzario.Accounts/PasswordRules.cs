using Microsoft.AspNetCore.Identity;

namespace Scadenzario.Accounts;

/// <summary>
/// The product's rules for a password its owner chooses (<see cref="AccountServices.ConfigureIdentity"/>),
/// checked by Identity's own validators and told in Italian, every broken rule at once.
/// </summary>
public static class PasswordRules
{
    /// <summary>The rules as the forms state them before anyone types.</summary>
    public static string Description(IdentityOptions options) =>
        $"Almeno {options.Password.RequiredLength} caratteri, con almeno una lettera maiuscola, una minuscola, una cifra e un simbolo (per esempio - ! ? #).";

    /// <summary>Adds to <paramref name="errors"/>, under <paramref name="field"/>, every rule the password breaks; true when it breaks none.</summary>
    public static async Task<bool> CheckAsync(UserManager<WebUser> users, WebUser user, string password, FieldErrors errors, string field)
    {
        if (password.Length == 0)
        {
            errors.Add(field, "Indicare la nuova password.");
            return false;
        }

        var valid = true;
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            foreach (var error in result.Errors)
            {
                errors.Add(field, Italian(error, users.Options.Password));
                valid = false;
            }
        }

        if (valid && string.Equals(password, user.UserName, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(field, "La password non può essere il nome utente.");
            valid = false;
        }

        return valid;
    }

    // Identity's descriptions are in English; its codes are stable.
    private static string Italian(IdentityError error, PasswordOptions options) => error.Code switch
    {
        nameof(IdentityErrorDescriber.PasswordTooShort) => $"Deve avere almeno {options.RequiredLength} caratteri.",
        nameof(IdentityErrorDescriber.PasswordRequiresUpper) => "Deve contenere almeno una lettera maiuscola.",
        nameof(IdentityErrorDescriber.PasswordRequiresLower) => "Deve contenere almeno una lettera minuscola.",
        nameof(IdentityErrorDescriber.PasswordRequiresDigit) => "Deve contenere almeno una cifra.",
        nameof(IdentityErrorDescriber.PasswordRequiresNonAlphanumeric) => "Deve contenere almeno un simbolo, cioè un carattere che non sia una lettera o una cifra (per esempio - ! ? #).",
        nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars) => $"Deve contenere almeno {options.RequiredUniqueChars} caratteri diversi.",
        _ => "La password non rispetta le regole.",
    };
}
