using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Scadenzario.Data.Enti;

/// <summary>A stored address that <see cref="Mailbox"/> refuses: who it belongs to, which field, why.</summary>
public sealed record InvalidContact(string Owner, string Field, string Address, string Reason);

/// <summary>
/// The addresses stored before the strict check (or written around it) that it refuses: the enti's
/// contacts, the prefetture's, the users'. Mail to them fails for good or goes astray, so the
/// amministratore sees them (<c>enti contatti --verifica</c>, the page of the outgoing mail).
/// </summary>
public static class InvalidContacts
{
    public static async Task<IReadOnlyList<InvalidContact>> FindAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken = default)
    {
        await using var db = ScadenzarioDb.Create(dataSource);
        var enti = await db.Enti.AsNoTracking()
            .Where(e => e.EmailUfficioElettorale != null || e.EmailSegretario != null)
            .Select(e => new { e.Code, e.Name, e.EmailUfficioElettorale, e.EmailSegretario })
            .ToListAsync(cancellationToken);
        var prefetture = await db.Prefetture.AsNoTracking()
            .Where(p => p.Email != null)
            .Select(p => new { p.Code, p.Name, p.Email })
            .ToListAsync(cancellationToken);

        var found = new List<InvalidContact>();
        foreach (var ente in enti.OrderBy(e => e.Code, StringComparer.Ordinal))
        {
            Add(found, $"{ente.Name} ({ente.Code})", "ufficio elettorale", ente.EmailUfficioElettorale);
            Add(found, $"{ente.Name} ({ente.Code})", "segretario comunale", ente.EmailSegretario);
        }

        foreach (var prefettura in prefetture.OrderBy(p => p.Code, StringComparer.Ordinal))
        {
            Add(found, $"{prefettura.Name} ({prefettura.Code})", "prefettura", prefettura.Email);
        }

        // The users' table is the accounts' (ASP.NET Identity): read here by SQL, not mapped twice.
        await using var command = dataSource.CreateCommand("SELECT user_name, display_name, email FROM asp_net_users WHERE email IS NOT NULL ORDER BY user_name");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            Add(found, $"{reader.GetString(1)} (utente {reader.GetString(0)})", "email dell'utente", reader.GetString(2));
        }

        return found;
    }

    private static void Add(List<InvalidContact> found, string owner, string field, string? address)
    {
        if (address is not null && !Mailbox.IsValid(address))
        {
            Mailbox.TryNormalize(address, out _, out var reason);
            found.Add(new InvalidContact(owner, field, address, reason.Length > 0 ? reason : "spazi prima o dopo l'indirizzo."));
        }
    }
}
