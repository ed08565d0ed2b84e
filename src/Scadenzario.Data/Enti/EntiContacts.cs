namespace Scadenzario.Data.Enti;

/// <summary>Contacts to set; null leaves the current value.</summary>
public sealed record EnteContacts(string? UfficioElettorale, string? Segretario, string? Prefettura);

/// <summary>
/// Sets the email contacts reminders go to (the ufficio elettorale's, the segretario's, the
/// prefettura's) from the CLI: through <see cref="ContactEditor"/>, as the web page, so that the
/// change is in the history with the others.
/// </summary>
public static class EntiContacts
{
    /// <summary>The actor the history records for a change made with <c>enti contatti</c>.</summary>
    public const string CliActor = "riga di comando";

    /// <summary>
    /// Returns the ente's name and code. Every address is one mailbox, checked by
    /// <see cref="Mailbox"/> before anything is read or written: one bad address changes nothing.
    /// </summary>
    public static async Task<string> SetAsync(Npgsql.NpgsqlDataSource dataSource, string code, EnteContacts contacts, CancellationToken cancellationToken = default)
    {
        var values = new Dictionary<ContactField, string?>();
        Add(ContactField.EmailUfficioElettorale, contacts.UfficioElettorale, "Indirizzo dell'ufficio elettorale");
        Add(ContactField.EmailSegretario, contacts.Segretario, "Indirizzo del segretario comunale");
        Add(ContactField.EmailPrefettura, contacts.Prefettura, "Indirizzo della prefettura");
        var saved = await ContactEditor.SaveAsync(dataSource, code, values, [], CliActor, null, cancellationToken);
        return saved.Ente;

        // Each address is checked with its CLI name, before anything is read: an empty one is refused, not a clearing.
        void Add(ContactField field, string? address, string name)
        {
            if (address is not null)
            {
                values[field] = Mailbox.Normalize(address, name);
            }
        }
    }
}
