using NodaTime;
using Scadenzario.Elezioni.Ponderazione;
using Scadenzario.Elezioni.Presidente;
using Scadenzario.Elezioni.Scrutinio;

namespace Scadenzario.Data.SecondoGrado;

/// <summary>What the verbale di proclamazione of the council states: the office, the electorate as published, the result, who proclaimed and when.</summary>
/// <param name="ComuneDi">The comune of each candidate, by the calculators' key.</param>
public sealed record DatiVerbaleProclamazione(
    UfficioInfo Ufficio, ElettoratoPubblicato? Pubblicazione, RisultatoProclamazione Risultato, IReadOnlyDictionary<string, string> ComuneDi, Instant ProclamatoIl, string Da);

/// <summary>What the verbale di proclamazione of the presidente states.</summary>
public sealed record DatiVerbalePresidente(
    UfficioInfo Ufficio,
    ElettoratoPubblicato? Pubblicazione,
    Ponderazione Ponderazione,
    IReadOnlyList<ScrutinioFascia> Scrutini,
    RisultatoPresidente Risultato,
    IReadOnlyDictionary<string, string> ComuneDi,
    Instant ProclamatoIl,
    string Da);

/// <summary>A verbale as issued: the same content as plain text and as printable HTML.</summary>
public sealed record VerbaleRedatto(string Testo, string Html);

/// <summary>
/// Writes the verbale at the proclamation. The verbale is an act: it is stored as issued, in the same
/// transaction as the proclamation, and always shown from the store, so a later change of the layout never
/// rewrites a verbale already issued. The layout is presentation and lives outside Data (Scadenzario.Documenti).
/// </summary>
public interface IVerbaleRenderer
{
    VerbaleRedatto Render(DatiVerbaleProclamazione verbale);

    VerbaleRedatto Render(DatiVerbalePresidente verbale);
}
