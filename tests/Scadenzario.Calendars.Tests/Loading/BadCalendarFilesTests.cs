using System.Text;
using Scadenzario.Calendars.Loading;
using Scadenzario.Calendars.Tests.Support;

namespace Scadenzario.Calendars.Tests.Loading;

/// <summary>
/// The corpus of broken calendar files of issue 14: each is refused with one error at the line
/// that is wrong, naming the rule, in Italian; none crashes the loader, and the parser's English
/// never reaches the message.
/// </summary>
public class BadCalendarFilesTests
{
    // Line 4 is "- id: prova.manifesto", then title 5, actor 6, kind 7, due 8, basis 9.
    private const string Rule = """
          - id: prova.manifesto
            title: Affissione del manifesto
            actor: sindaco
            kind: scadenza
            due: { day: -45 }
            basis: art. 18 d.P.R. 570/1960
        """;

    /// <summary>The text replaced in <see cref="Rule"/>, its replacement, the line and a piece of the message.</summary>
    public static TheoryData<string, string, int, string> Corpus() => new()
    {
        { "due: { day: -45 }", "due: { day: -45", 8, "una mappa aperta con «{» non è mai chiusa" },
        { "due: { day: -45 }", "due: [ -45", 8, "un elenco aperto con «[» non è mai chiuso" },
        { "due: { day: -45 }", "due: { day: -45 ]", 8, "manca una virgola o la «}» di chiusura" },
        { "due: { day: -45 }", "due: { day: -2147483648 }", 4, "due.day: -2147483648 fuori dall'intervallo ammesso (da -3660 a 3660 giorni" },
        { "due: { day: -45 }", "due: { months: 99999 }", 4, "due.months: 99999 fuori dall'intervallo ammesso" },
        { "due: { day: -45 }", "due: { day: 2147483648 }", 8, "atteso un numero intero" },
        { "    kind: scadenza", "\tkind: scadenza", 7, "tabulazione nel rientro: in YAML si rientra solo con spazi" },
        { "    kind: scadenza", "    kind: scadenza\n    kind: periodo", 8, "il campo «kind» è ripetuto nella stessa mappa" },
        { "title: Affissione del manifesto", "title: \"Affissione del manifesto", 5, "virgolette aperte e mai chiuse" },
        { "title: Affissione del manifesto", "title: \"Affissione \\q\"", 5, "sequenza con «\\» non valida" },
        { "title: Affissione del manifesto", "title: Affissione: del manifesto", 5, "«:» non ammesso qui" },
        { "    actor: sindaco", "   actor: sindaco", 6, "rientro non allineato" },
        { "    actor: sindaco", "    actor: *sindaco", 6, "alias (*nome) non valido o senza corrispondenza" },
        { "    actor: sindaco", "    actor: sindaco\n    reminders: [99999]", 4, "reminders: 99999 fuori dall'intervallo ammesso (da 0 a 3660 giorni" },
        { "    actor: sindaco", "    actor: sindaco\n    reminders: [-1]", 7, "reminders: i giorni di preavviso non possono essere negativi" },
        { "    actor: sindaco", "    actor: @sindaco", 6, "carattere «@» non ammesso all'inizio di un valore" },
    };

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Load_BrokenFile_OneItalianErrorAtTheLineWithTheRule(string find, string replace, int line, string message)
    {
        using var dir = new TempCalendars(TempCalendars.RulesFile(Rule.Replace(find, replace, StringComparison.Ordinal)));

        var error = Assert.Single(Assert.Throws<CalendarLoadException>(dir.Load).Errors);

        Assert.Equal(("comune.yaml", line, "prova.manifesto"), (error.File, error.Line, error.RuleId));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        AssertNoEnglish(error.ToString());
    }

    [Fact]
    public void Load_Latin1File_RefusedNamingTheLineAndTheEncoding()
    {
        using var dir = new TempCalendars(TempCalendars.RulesFile(Rule));
        var text = TempCalendars.RulesFile(Rule.Replace("Affissione del manifesto", "Affissione all'albo più visibile", StringComparison.Ordinal));
        File.WriteAllBytes(Path.Combine(dir.Directory, "comune.yaml"), Encoding.Latin1.GetBytes(text));

        var error = Assert.Single(Assert.Throws<CalendarLoadException>(dir.Load).Errors);

        Assert.Equal(("comune.yaml", 5), (error.File, error.Line));
        Assert.Equal("il file non è codificato in UTF-8 (byte 0xF9 non valido, che in Latin-1/Windows-1252 sarebbe «ù»): salvarlo con la codifica UTF-8 e riprovare", error.Message);
    }

    [Fact]
    public void Load_Latin1Index_RefusedNamingTheFile()
    {
        using var dir = new TempCalendars(TempCalendars.RulesFile(Rule));
        File.WriteAllBytes(Path.Combine(dir.Directory, "index.yaml"), Encoding.Latin1.GetBytes(TempCalendars.Index + "\n# è\n"));

        var error = Assert.Single(Assert.Throws<CalendarLoadException>(dir.Load).Errors);

        Assert.Equal(("index.yaml", 9), (error.File, error.Line));
        Assert.Contains("non è codificato in UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_Utf8WithByteOrderMark_Accepted()
    {
        using var dir = new TempCalendars(TempCalendars.RulesFile(Rule));
        File.WriteAllBytes(Path.Combine(dir.Directory, "comune.yaml"), [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(TempCalendars.RulesFile(Rule))]);

        Assert.Equal("prova.manifesto", Assert.Single(dir.Load().Rules).Id);
    }

    private static void AssertNoEnglish(string message)
    {
        foreach (var word in new[] { "While", "found", "expected", "Exception", "scanning", "parsing", "Duplicate", "key" })
        {
            Assert.DoesNotContain(word, message, StringComparison.Ordinal);
        }
    }
}
