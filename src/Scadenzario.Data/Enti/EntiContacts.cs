using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Scadenzario.Data.Enti;

/// <summary>Contacts to set; null leaves the current value.</summary>
public sealed record EnteContacts(string? UfficioElettorale, string? Segretario, string? Prefettura);

/// <summary>Sets the email contacts reminders go to: the ufficio elettorale's, the segretario's, the prefettura's.</summary>
public static class EntiContacts
{
    /// <summary>
    /// Returns the ente's name and code. Every address is one mailbox, checked by
    /// <see cref="Mailbox"/> before anything is read or written: one bad address changes nothing.
    /// </summary>
    public static async Task<string> SetAsync(NpgsqlDataSource dataSource, string code, EnteContacts contacts, CancellationToken cancellationToken = default)
    {
        var ufficio = Checked(contacts.UfficioElettorale, "Indirizzo dell'ufficio elettorale");
        var segretario = Checked(contacts.Segretario, "Indirizzo del segretario comunale");
        var prefetturaEmail = Checked(contacts.Prefettura, "Indirizzo della prefettura");

        await using var db = ScadenzarioDb.Create(dataSource);
        var ente = await db.Enti.SingleOrDefaultAsync(e => e.Code == code, cancellationToken) ?? throw new NotFoundException($"Ente {code} sconosciuto.");
        ente.EmailUfficioElettorale = ufficio ?? ente.EmailUfficioElettorale;
        ente.EmailSegretario = segretario ?? ente.EmailSegretario;
        if (prefetturaEmail is not null)
        {
            var prefettura = await db.Prefetture.SingleOrDefaultAsync(p => p.Code == ente.PrefetturaCode, cancellationToken)
                ?? throw new NotFoundException($"L'ente {code} non ha una prefettura registrata.");
            prefettura.Email = prefetturaEmail;
        }

        await db.SaveChangesAsync(cancellationToken);
        return $"{ente.Name} ({ente.Code})";
    }

    private static string? Checked(string? address, string field) => address is null ? null : Mailbox.Normalize(address, field);
}
