namespace Scadenzario.Data.Enti;

/// <summary>
/// One contact of an ente or of its prefettura. The addresses of the ufficio elettorale, of the
/// segretario and of the prefettura are those the messages go to when the office has no users
/// (<see cref="Recipients.RecipientBook"/>); the others are for the people who read the page.
/// </summary>
public enum ContactField
{
    EmailUfficioElettorale,
    Pec,
    Sindaco,
    EmailSindaco,
    Segretario,
    EmailSegretario,
    EmailPrefettura,
}

/// <summary>How each contact is stored, named and checked.</summary>
public static class ContactFields
{
    public static IReadOnlyList<ContactField> All { get; } = Enum.GetValues<ContactField>();

    /// <summary>A person's name, not an address: checked as text, not by <see cref="Mailbox"/>.</summary>
    public static bool IsName(ContactField field) => field is ContactField.Sindaco or ContactField.Segretario;

    /// <summary>The segretario's two fields, which follow him to every comune he serves.</summary>
    public static bool IsSegretario(ContactField field) => field is ContactField.Segretario or ContactField.EmailSegretario;

    /// <summary>The value of <c>contatto_storico.field</c> (migration 0022).</summary>
    public static string Stored(ContactField field) => field switch
    {
        ContactField.EmailUfficioElettorale => "email_ufficio_elettorale",
        ContactField.Pec => "pec",
        ContactField.Sindaco => "sindaco",
        ContactField.EmailSindaco => "email_sindaco",
        ContactField.Segretario => "segretario",
        ContactField.EmailSegretario => "email_segretario",
        _ => "email_prefettura",
    };

    public static ContactField Parse(string stored) => All.First(f => Stored(f) == stored);

    /// <summary>The label of the field, as the page and the history show it.</summary>
    public static string Label(ContactField field) => field switch
    {
        ContactField.EmailUfficioElettorale => "Email dell'ufficio elettorale",
        ContactField.Pec => "PEC dell'ente",
        ContactField.Sindaco => "Sindaco (nome e cognome)",
        ContactField.EmailSindaco => "Email del sindaco",
        ContactField.Segretario => "Segretario comunale (nome e cognome)",
        ContactField.EmailSegretario => "Email del segretario comunale",
        _ => "Email (PEC) della prefettura",
    };
}
