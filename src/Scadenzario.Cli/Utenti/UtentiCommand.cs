using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Scadenzario.Accounts;
using Scadenzario.Cli.Infrastructure;

namespace Scadenzario.Cli.Utenti;

/// <summary>
/// <c>scadenzario utenti crea …</c> and <c>scadenzario utenti elenco</c>: the first amministratore
/// has to come from somewhere before anyone can sign in to the web pages.
/// </summary>
internal static class UtentiCommand
{
    public static Command Create(CliEnvironment env)
    {
        var utente = new Option<string>("--utente") { Description = "Nome utente con cui accedere, per esempio mario.rossi.", Required = true };
        var email = new Option<string>("--email") { Description = "Indirizzo email della persona.", Required = true };
        var ruolo = new Option<string>("--ruolo") { Description = "Ruolo: " + string.Join(", ", Roles.All) + ".", Required = true };
        var ente = new Option<string?>("--ente") { Description = "Codice ISTAT del comune (operatore, segretario) o sigla della provincia (prefettura, ufficio-provinciale); nessuno per l'amministratore." };
        var nome = new Option<string?>("--nome") { Description = "Nome e cognome o ufficio, come compare nelle pagine (facoltativo)." };
        var crea = new Command("crea", "Crea un utente e mostra una sola volta la sua password iniziale.") { utente, email, ruolo, ente, nome };
        crea.SetAction((parse, ct) => env.WithDatabase(dataSource => WithAccounts(env, dataSource, async accounts =>
        {
            var account = new NewAccount(parse.GetValue(utente)!, parse.GetValue(email), parse.GetValue(ruolo)!, parse.GetValue(ente), parse.GetValue(nome));
            var password = await accounts.CreateAsync(account, Actor(), ct);
            // Standard output, never a log: the person at the terminal hands the password over.
            env.Out.WriteLine($"Utente «{account.UserName.Trim()}» creato: {Roles.Label(account.Role)}{(string.IsNullOrWhiteSpace(account.EnteCode) ? "" : $" ({account.EnteCode.Trim().ToUpperInvariant()})")}.");
            env.Out.WriteLine($"Password iniziale (mostrata solo ora): {password}");
            return ExitCodes.Success;
        })));

        var elenco = new Command("elenco", "Elenca gli utenti con ruolo, ente e stato.");
        elenco.SetAction((parse, ct) => env.WithDatabase(dataSource => WithAccounts(env, dataSource, async accounts =>
        {
            var users = await accounts.ListAsync(ct);
            if (users.Count == 0)
            {
                env.Out.WriteLine("Nessun utente.");
            }

            foreach (var user in users)
            {
                var state = user.State switch
                {
                    AccountState.Bloccato => "bloccato",
                    AccountState.Disattivato => "disattivato",
                    _ => "attivo",
                };
                env.Out.WriteLine($"{user.UserName,-24} {user.Role ?? "-",-20} {user.EnteCode ?? "-",-8} {state}");
            }

            return ExitCodes.Success;
        })));

        return new Command("utenti", "Account per l'accesso alle pagine web.") { crea, elenco };
    }

    private static async Task<int> WithAccounts(CliEnvironment env, NpgsqlDataSource dataSource, Func<AccountAdministration, Task<int>> action)
    {
        await using var services = AccountServices.CreateStandalone(dataSource, env.Clock);
        await using var scope = services.CreateAsyncScope();
        try
        {
            return await action(scope.ServiceProvider.GetRequiredService<AccountAdministration>());
        }
        catch (AccountException e)
        {
            env.Error.WriteLine($"errore: {e.Message}");
            return ExitCodes.InvalidInput;
        }
    }

    /// <summary>Who the history names: the operating-system account that ran the command.</summary>
    private static string Actor() => "riga di comando (" + Environment.UserName + ")";
}
