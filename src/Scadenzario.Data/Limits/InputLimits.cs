namespace Scadenzario.Data.Limits;

/// <summary>
/// A text a person sends, as the user knows it ("Il protocollo") and how long it may be. Lengths
/// count UTF-16 code units, as the browser's <c>maxlength</c> does, so a form that respects the
/// attribute is never refused here.
/// </summary>
public sealed record TextLimit(string Name, int MaxLength, bool Multiline);

/// <summary>
/// The one definition of how much a user may send: every channel (pages, API, CLI) checks its text
/// here before anything is written. The lengths come from what the field holds in practice: a
/// protocol number is a register's code and a year ("PG/2024/0012345"), a note a few sentences; the
/// caps are tens of times larger than any real value, and small enough that the largest act list an
/// office can make stays a page, not the 20 MB one a 10 MB <c>protocollo</c> made (issue 14).
/// </summary>
public static class InputLimits
{
    public static readonly TextLimit Protocollo = new("Il protocollo", 100, Multiline: false);

    public static readonly TextLimit Nota = new("La nota", 2000, Multiline: true);

    public static readonly TextLimit Motivo = new("Il motivo", 1000, Multiline: true);

    public static readonly TextLimit NomeTornata = new("Il nome della tornata", 200, Multiline: false);

    /// <summary>Who did something: the display name of an account, or <c>--by</c> on the command line.</summary>
    public static readonly TextLimit Autore = new("Il nome di chi esegue l'operazione", 200, Multiline: false);

    public static readonly TextLimit NomeUtente = new("Il nome utente", 100, Multiline: false);

    public static readonly TextLimit NomeVisualizzato = new("Il nome visualizzato", 200, Multiline: false);

    /// <summary>A person's name in the second-level office's records: an amministratore, a candidate, a signer.</summary>
    public static readonly TextLimit NomePersona = new("Il nome della persona", 200, Multiline: false);

    /// <summary>A list's name (its contrassegno's words), as the lists and the count name it.</summary>
    public static readonly TextLimit NomeLista = new("Il nome della lista", 200, Multiline: false);

    /// <summary>A comune as the second-level office's files name it (the ISTAT name or code).</summary>
    public static readonly TextLimit NomeComune = new("Il nome del comune", 100, Multiline: false);

    public static readonly TextLimit Carica = new("La carica", 100, Multiline: false);

    /// <summary>An uploaded file (the JSON of lists, electors or a count): Roma's council lists fit in far less.</summary>
    public const long MaxUploadBytes = 2 * 1024 * 1024;

    /// <summary>Files in one request: every form takes one.</summary>
    public const int MaxUploadFiles = 1;

    /// <summary>A whole request body (a form with its upload, or an API call): the upload and room for the fields.</summary>
    public const long MaxRequestBytes = MaxUploadBytes + (256 * 1024);

    /// <summary>Fields in one form: the largest form has a few dozen.</summary>
    public const int MaxFormFields = 200;

    /// <summary>
    /// Returns <paramref name="text"/> when it fits <paramref name="limit"/>; otherwise throws a
    /// <see cref="DomainException"/> naming the field and the limit. Control characters are refused
    /// (a NUL cannot even be stored by PostgreSQL), but a multi-line text keeps its line breaks and tabs.
    /// </summary>
    public static string? Check(string? text, TextLimit limit)
    {
        if (Problem(text, limit) is { } problem)
        {
            throw new InvalidInputException(problem);
        }

        return text;
    }

    /// <summary>What is wrong with <paramref name="text"/> for <paramref name="limit"/>, in Italian; null when it fits.</summary>
    public static string? Problem(string? text, TextLimit limit)
    {
        if (text is null)
        {
            return null;
        }

        if (text.Length > limit.MaxLength)
        {
            return $"{limit.Name} può avere al più {limit.MaxLength} caratteri (ne sono stati inviati {text.Length}).";
        }

        foreach (var c in text)
        {
            if (char.IsControl(c) && !(limit.Multiline && c is '\n' or '\r' or '\t'))
            {
                return $"{limit.Name} contiene caratteri di controllo non ammessi"
                    + (limit.Multiline ? " (sono ammessi solo a capo e tabulazioni)." : ": scriverlo su una sola riga, senza tabulazioni.");
            }
        }

        return null;
    }
}
