using Npgsql;
using Scadenzario.Cli.Infrastructure;
using Scadenzario.Data.Enti;

namespace Scadenzario.Cli.Enti;

/// <summary><c>scadenzario enti contatti --verifica</c>: the stored addresses that the strict check refuses.</summary>
internal static class ContactsCheck
{
    public static async Task<int> RunAsync(CliEnvironment env, NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        var invalid = await InvalidContacts.FindAsync(dataSource, cancellationToken);
        if (invalid.Count == 0)
        {
            env.Out.WriteLine("Tutti gli indirizzi registrati sono validi.");
            return ExitCodes.Success;
        }

        env.Out.WriteLine($"Indirizzi non validi: {invalid.Count}. La posta a questi indirizzi non parte o va altrove: correggerli con «enti contatti CODICE …».");
        foreach (var contact in invalid)
        {
            env.Out.WriteLine($"- {contact.Owner}, {contact.Field}: {contact.Reason}");
        }

        // Not a failure of the command, but a result a script must notice.
        return ExitCodes.Failure;
    }
}
