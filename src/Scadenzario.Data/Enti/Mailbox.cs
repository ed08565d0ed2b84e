using System.Globalization;

namespace Scadenzario.Data.Enti;

/// <summary>
/// One email address, checked strictly wherever an address enters (ente contacts, users, the test
/// message) and again before a message leaves. Only a bare mailbox <c>local@domain</c> passes: no
/// display name (<c>Nome &lt;a@b.it&gt;</c>), no list (<c>a@b.it, c@d.it</c>), no quoted local part
/// (<c>"a b"@c.it</c>), no comment, no space or control character. Why so strict: a lenient parser
/// takes <c>x@y.it, evil@z.it</c> for one address and the relay delivers to the second only, or
/// accepts a quoted local part that the relay then refuses for good, days later, unseen.
/// </summary>
public static class Mailbox
{
    // RFC 5321 §4.5.3.1: 64 octets for the local part, 254 for a whole forward path's address.
    private const int MaxLocal = 64;
    private const int MaxAddress = 254;

    // RFC 5322 §3.2.3 atext, without the characters that no public office uses and that mail
    // clients quote or mangle ({ } | ` ' ^): what remains is what a local part needs.
    private const string LocalSymbols = "!#$%&*+/=?_~-";

    /// <summary>The address trimmed, or the Italian reason it is refused.</summary>
    public static bool TryNormalize(string? text, out string address, out string error)
    {
        address = "";
        error = Check(text?.Trim() ?? "");
        if (error.Length > 0)
        {
            return false;
        }

        address = text!.Trim();
        return true;
    }

    /// <summary>The trimmed address, or a <see cref="DomainException"/> with the Italian reason.</summary>
    public static string Normalize(string? text, string field) =>
        TryNormalize(text, out var address, out var error) ? address : throw new InvalidInputException($"{field}: {error}");

    /// <summary>True for an address that passes <see cref="TryNormalize"/> unchanged.</summary>
    public static bool IsValid(string? text) => text is not null && Check(text).Length == 0;

    private static string Check(string text)
    {
        if (text.Length == 0)
        {
            return "l'indirizzo email è vuoto.";
        }

        var shown = Shown(text);
        if (text.Any(char.IsControl))
        {
            return $"«{shown}» contiene caratteri di controllo (a capo, tabulazioni o simili): scrivere solo l'indirizzo.";
        }

        if (text.Contains(',') || text.Contains(';') || (text.Count(c => c == '@') > 1 && text.Any(char.IsWhiteSpace)))
        {
            return $"«{shown}» contiene più di un indirizzo: indicarne uno solo, per esempio elettorale@comune.example.it.";
        }

        if (text.Contains('<') || text.Contains('>'))
        {
            return $"«{shown}» contiene un nome oltre all'indirizzo: indicare solo l'indirizzo, per esempio elettorale@comune.example.it.";
        }

        if (text.Contains('"'))
        {
            return $"«{shown}» ha la parte prima della @ tra virgolette: non è accettata dai server di posta degli enti, indicare un indirizzo senza virgolette.";
        }

        if (text.Any(char.IsWhiteSpace))
        {
            return $"«{shown}» contiene spazi: un indirizzo email non ne ha.";
        }

        var at = text.IndexOf('@', StringComparison.Ordinal);
        if (at < 0 || text.LastIndexOf('@') != at)
        {
            return $"«{shown}»: indirizzo email non valido, deve contenere una sola @, per esempio elettorale@comune.example.it.";
        }

        var local = text[..at];
        var domain = text[(at + 1)..];
        if (local.Length == 0 || local.Length > MaxLocal || !LocalPartOk(local))
        {
            return $"«{shown}»: indirizzo email non valido, prima della @ sono ammesse lettere senza accento, cifre, punti (non all'inizio, alla fine o due di seguito) e i segni {LocalSymbols}.";
        }

        if (text.Length > MaxAddress || !DomainOk(domain))
        {
            return $"«{shown}»: indirizzo email non valido, dopo la @ serve un dominio come comune.example.it.";
        }

        return "";
    }

    private static bool LocalPartOk(string local) =>
        local[0] != '.' && local[^1] != '.' && !local.Contains("..", StringComparison.Ordinal)
        && local.All(c => char.IsAsciiLetterOrDigit(c) || c == '.' || LocalSymbols.Contains(c));

    private static bool DomainOk(string domain)
    {
        string ascii;
        try
        {
            // An internationalised domain (comune.forlì.it) is checked in its ASCII form.
            ascii = new IdnMapping().GetAscii(domain);
        }
        catch (ArgumentException)
        {
            return false;
        }

        var labels = ascii.Split('.');
        return labels.Length >= 2
            && labels.All(l => l.Length is > 0 and <= 63 && l[0] != '-' && l[^1] != '-' && l.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            && labels[^1].Length >= 2 && !labels[^1].All(char.IsAsciiDigit);
    }

    /// <summary>The address as it may be shown: control characters made visible, very long text cut.</summary>
    private static string Shown(string text)
    {
        var visible = new string([.. text.Select(c => char.IsControl(c) ? '\u2423' : c)]);
        return visible.Length > 80 ? visible[..80] + "…" : visible;
    }
}
