using NodaTime;
using Scadenzario.Calendars.Derivation;
using Scadenzario.Calendars.Rules;
using Scadenzario.Calendars.Tests.Support;

namespace Scadenzario.Calendars.Tests.Derivation;

/// <summary>
/// The rule ids other tools depend on exist with their meaning: offsets from the giorno della
/// votazione, "-30 08:00" being 08:00 of the 30th day before; "." means no start (one day) and "*"
/// any hour.
/// </summary>
public class RequiredRulesTests
{
    private static readonly ElectionFacts EuropeeAndComunali = new()
    {
        VotingDays = VotingDays.OneDay(new LocalDate(2014, 5, 25)),
        Consultations = [ConsultationType.Europee, ConsultationType.Comunali],
        Population = 20000,
    };

    private static readonly ElectionFacts Metropolitane = new()
    {
        VotingDays = VotingDays.OneDay(new LocalDate(2017, 10, 8)),
        Consultations = [ConsultationType.Metropolitane, ConsultationType.Provinciali],
        Population = 561203,
    };

    public static TheoryData<string, string, string> DirectConsultations() => new()
    {
        { "comunali.manifesto-convocazione-comizi", ".", "-45" },
        { "comunali.domanda-liste-aggiunte-ue", ".", "-40" },
        { "voto-domiciliare.domande", "-40", "-20" },
        { "europee.presentazione-liste", "-40 08:00", "-39 20:00" },
        { "revisione.elenco-non-diciottenni", ".", "-35" },
        { "propaganda.delimitazione-spazi", "-33", "-31" },
        { "comunali.presentazione-liste", "-30 08:00", "-29 12:00" },
        { "propaganda.inizio", ".", "-30" },
        { "comunali.trasmissione-liste-commissione", ".", "-29 24:00" },
        { "comunali.esame-candidature", ".", "-28 *" },
        { "scrutatori.manifesto-sorteggio", "-27", "-22" },
        { "scrutatori.nomina", "-25", "-20" },
        { "revisione.variazioni-decessi", ".", "-15" },
        { "scrutatori.notifica-nomina", ".", "-15" },
        { "propaganda.divieto-sondaggi", "-15 *", "0 23:00" },
        { "sezioni.proposte-variazione-sede", ".", "-10" },
        { "sezioni.decisione-variazione-sede", ".", "-5" },
        { "scrutatori.notifica-supplenti", ".", "-3" },
        { "voto-luoghi-cura.richieste", ".", "-3" },
        { "voto-detenuti.richieste", ".", "-3" },
        { "sezioni.manifesto-variazione-sede", ".", "-2" },
        { "propaganda.silenzio", "-1 *", "0 23:00" },
        { "seggio.consegna-materiale", ".", "-1 *" },
        { "votazione", "0 07:00", "0 23:00" },
        { "comunali.scrutinio", ".", "1 14:00" },
        { "materiale.restituzione", ".", "3" },
        { "ballottaggio.collegamento-liste", ".", "7" },
        { "ballottaggio.votazione", "14 07:00", "14 23:00" },
        { "ballottaggio.richieste-luoghi-cura", ".", "11" },
        { "rendiconto.spese", ".", "123" }, // 25 September 2014: four months after 25 May
    };

    public static TheoryData<string, string, string> SecondLevel() => new()
    {
        { "metropolitane.corpo-elettorale-riferimento", ".", "-35" },
        { "metropolitane.attestazioni-segretari", "-34", "-32" },
        { "metropolitane.pubblicazione-aventi-diritto", ".", "-30" },
        { "metropolitane.presentazione-liste", "-21 08:00", "-20 12:00" },
        { "metropolitane.esame-liste", ".", "-18" },
        { "metropolitane.ammissione-liste", ".", "-15" },
        { "metropolitane.sorteggio-liste", "-15", "-13" }, // Saturday 23 → Monday 25 September 2017
        { "metropolitane.pubblicazione-liste", ".", "-8" },
        { "metropolitane.designazione-rappresentanti", ".", "-1 12:00" },
        { "metropolitane.rinuncia-candidature", ".", "-1 16:00" },
        { "metropolitane.votazione", "0 08:00", "0 20:00" },
        { "metropolitane.scrutinio", ".", "1 08:00" },
        { "provinciali.presentazione-liste", "-21 08:00", "-20 12:00" },
    };

    [Theory]
    [MemberData(nameof(DirectConsultations))]
    public void RequiredRule_EuropeeAndComunali2014(string id, string start, string end) =>
        AssertTiming(RepositoryCalendars.Set.Derive(EuropeeAndComunali), id, start, end);

    [Theory]
    [MemberData(nameof(SecondLevel))]
    public void RequiredRule_SecondLevel2017(string id, string start, string end) =>
        AssertTiming(RepositoryCalendars.Set.Derive(Metropolitane), id, start, end);

    [Fact]
    public void ComunaliProclamazione_FollowsTheCount()
    {
        var calendar = RepositoryCalendars.Set.Derive(EuropeeAndComunali);

        var proclamazione = Assert.Single(calendar.Deadlines, d => d.Rule.Id == "comunali.proclamazione");
        Assert.True(proclamazione.OffsetDays >= 1);
    }

    [Fact]
    public void PubblicazioneEletti_IsPendingUntilTheProclamation()
    {
        var pending = RepositoryCalendars.Set.Derive(Metropolitane);
        var dated = RepositoryCalendars.Set.Derive(Metropolitane with
        {
            Events = new Dictionary<string, LocalDate> { ["proclamazione"] = new(2017, 10, 9) },
        });

        Assert.True(Assert.Single(pending.Deadlines, d => d.Rule.Id == "metropolitane.pubblicazione-eletti").Pending);
        Assert.Equal(new LocalDate(2017, 10, 12), Assert.Single(dated.Deadlines, d => d.Rule.Id == "metropolitane.pubblicazione-eletti").Date);
    }

    private static void AssertTiming(DerivedCalendar calendar, string id, string start, string end)
    {
        var deadline = Assert.Single(calendar.Deadlines, d => d.Rule.Id == id);
        var reference = calendar.VotingDays.Reference;
        Assert.Equal(start, Describe(reference, deadline.StartDate, deadline.StartTime, start));
        Assert.Equal(end, Describe(reference, deadline.Date, deadline.Time, end));
    }

    private static string Describe(LocalDate reference, LocalDate? date, ClockTime? time, string expected)
    {
        if (date is not { } day)
        {
            return ".";
        }

        var offset = Period.DaysBetween(reference, day).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return expected.EndsWith(" *", StringComparison.Ordinal) ? offset + " *"
            : time is { } t ? $"{offset} {t}" : offset;
    }
}
