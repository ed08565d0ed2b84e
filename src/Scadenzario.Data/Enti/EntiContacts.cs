using System.Net.Mail;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Scadenzario.Data.Enti;

/// <summary>Contacts to set; null leaves the current value.</summary>
public sealed record EnteContacts(string? UfficioElettorale, string? Segretario, string? Prefettura);

/// <summary>Sets the email contacts reminders go to: the ufficio elettorale's, the segretario's, the prefettura's.</summary>
public static class EntiContacts
{
    /// <summary>Returns the ente's name and code.</summary>
    public static async Task<string> SetAsync(NpgsqlDataSource dataSource, string code, EnteContacts contacts, CancellationToken cancellationToken = default)
    {
        foreach (var address in new[] { contacts.UfficioElettorale, contacts.Segretario, contacts.Prefettura }.OfType<string>())
        {
            if (!MailAddress.TryCreate(address, out _))
            {
                throw new DomainException($"Indirizzo email non valido: \"{address}\".");
            }
        }

        await using var db = ScadenzarioDb.Create(dataSource);
        var ente = await db.Enti.SingleOrDefaultAsync(e => e.Code == code, cancellationToken) ?? throw new DomainException($"Ente {code} sconosciuto.");
        ente.EmailUfficioElettorale = contacts.UfficioElettorale ?? ente.EmailUfficioElettorale;
        ente.EmailSegretario = contacts.Segretario ?? ente.EmailSegretario;
        if (contacts.Prefettura is not null)
        {
            var prefettura = await db.Prefetture.SingleOrDefaultAsync(p => p.Code == ente.PrefetturaCode, cancellationToken)
                ?? throw new DomainException($"L'ente {code} non ha una prefettura registrata.");
            prefettura.Email = contacts.Prefettura;
        }

        await db.SaveChangesAsync(cancellationToken);
        return $"{ente.Name} ({ente.Code})";
    }
}
