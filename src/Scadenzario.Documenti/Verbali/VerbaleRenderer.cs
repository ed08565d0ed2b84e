using Scadenzario.Data.SecondoGrado;

namespace Scadenzario.Documenti.Verbali;

/// <summary>
/// The layout of the verbali di proclamazione, shared by the web (which offers the printable HTML and the
/// text) and the command line (which prints either): one content, built as sections, rendered twice.
/// </summary>
public sealed class VerbaleRenderer : IVerbaleRenderer
{
    public VerbaleRedatto Render(DatiVerbaleProclamazione verbale)
    {
        ArgumentNullException.ThrowIfNull(verbale);
        var v = new VerbaleProclamazione(verbale.Ufficio, verbale.Pubblicazione, verbale.Risultato, verbale.ComuneDi, verbale.ProclamatoIl, verbale.Da);
        return new VerbaleRedatto(v.Testo(), v.Html());
    }

    public VerbaleRedatto Render(DatiVerbalePresidente verbale)
    {
        ArgumentNullException.ThrowIfNull(verbale);
        var v = new VerbalePresidente(
            verbale.Ufficio, verbale.Pubblicazione, verbale.Ponderazione, verbale.Scrutini, verbale.Risultato, verbale.ComuneDi, verbale.ProclamatoIl, verbale.Da);
        return new VerbaleRedatto(v.Testo(), v.Html());
    }
}
