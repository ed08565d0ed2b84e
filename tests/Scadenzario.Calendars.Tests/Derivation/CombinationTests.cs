using NodaTime;
using Scadenzario.Calendars.Derivation;
using Scadenzario.Calendars.Rules;
using Scadenzario.Calendars.Tests.Support;

namespace Scadenzario.Calendars.Tests.Derivation;

/// <summary>
/// Consultations held together: the combinations the law refuses are refused in Italian, naming
/// the law; the regionali only for a comune of an ordinary-statute region; and the count order of a
/// combined tornata as its variants and the tornata's parameters give it.
/// </summary>
public class CombinationTests
{
    private static readonly VotingDays SundayMonday2027 = VotingDays.TwoDays(new LocalDate(2027, 6, 6), new LocalDate(2027, 6, 7));

    private static DerivedCalendar Derive(VotingDays days, ConsultationType[] consultations, string? region = "Liguria", params (string Key, string Value)[] parameters) =>
        RepositoryCalendars.Set.Derive(new ElectionFacts
        {
            VotingDays = days,
            Consultations = consultations,
            Population = 20000,
            Region = region,
            Parameters = parameters.ToDictionary(p => p.Key, p => p.Value),
        });

    private static Deadline Find(DerivedCalendar calendar, string id) => calendar.Deadlines.Single(d => d.Rule.Id == id);

    [Fact]
    public void ReferendumAbrogativoWithPolitiche_IsRefusedCitingArticle34()
    {
        var error = Assert.Throws<InvalidFactsException>(() =>
            Derive(SundayMonday2027, [ConsultationType.Referendum, ConsultationType.Politiche], null, ("referendum-tipo", "abrogativo")));

        Assert.Contains("Il referendum abrogativo non può tenersi insieme alle elezioni politiche", error.Message);
        Assert.Contains("art. 34, secondo e terzo comma, L. 352/1970", error.Message);
    }

    [Fact]
    public void ReferendumWithPoliticheWithoutItsKind_AsksForTheKind()
    {
        var error = Assert.Throws<InvalidFactsException>(() => Derive(SundayMonday2027, [ConsultationType.Referendum, ConsultationType.Politiche], null));

        Assert.Contains("indicare il tipo di referendum (parametro referendum-tipo=costituzionale o referendum-tipo=abrogativo)", error.Message);
    }

    [Fact]
    public void ReferendumCostituzionaleWithPolitiche_IsOnePlan() =>
        Assert.Single(Derive(SundayMonday2027, [ConsultationType.Referendum, ConsultationType.Politiche], null, ("referendum-tipo", "costituzionale"))
            .Deadlines, d => d.Rule.Id == "votazione");

    /// <summary>Art. 7, comma 2, D.L. 98/2011: in a year of europee the politiche are held on their date.</summary>
    [Fact]
    public void PoliticheWithEuropee_IsALegalCombination()
    {
        var calendar = Derive(VotingDays.OneDay(new LocalDate(2029, 6, 10)), [ConsultationType.Politiche, ConsultationType.Europee], null);

        Assert.Single(calendar.Deadlines, d => d.Rule.Id == "votazione");
        Assert.Contains(calendar.Deadlines, d => d.Rule.Consultation == ConsultationType.Europee);
    }

    [Fact]
    public void Regionali_WithoutARegion_AreRefused()
    {
        var error = Assert.Throws<InvalidFactsException>(() => Derive(SundayMonday2027, [ConsultationType.Regionali], null));

        Assert.StartsWith("Le elezioni regionali si tengono per i comuni di una regione: indicare la regione", error.Message);
    }

    [Theory]
    [InlineData("Sicilia")]
    [InlineData("Sardegna")]
    [InlineData("Valle d'Aosta")]
    [InlineData("Friuli-Venezia Giulia")]
    [InlineData("04")]
    public void Regionali_InASpecialStatuteRegion_AreRefusedAsNotCovered(string region)
    {
        var error = Assert.Throws<InvalidFactsException>(() => Derive(SundayMonday2027, [ConsultationType.Regionali, ConsultationType.Comunali], region));

        Assert.Contains("è una regione a statuto speciale e le sue elezioni seguono la legge elettorale della Regione", error.Message);
    }

    [Fact]
    public void Regionali_InAnOrdinaryRegion_HaveTheirActsOnceWithTheSharedOnes()
    {
        var calendar = Derive(SundayMonday2027, [ConsultationType.Regionali, ConsultationType.Comunali]);

        Assert.Equal(
            (new LocalDate(2027, 5, 7), ClockTime.Of(8, 0), new LocalDate(2027, 5, 8), ClockTime.Of(12, 0)),
            (Find(calendar, "regionali.presentazione-liste").StartDate!.Value, Find(calendar, "regionali.presentazione-liste").StartTime!.Value,
             Find(calendar, "regionali.presentazione-liste").Date!.Value, Find(calendar, "regionali.presentazione-liste").Time!.Value));
        Assert.Single(calendar.Deadlines, d => d.Rule.Id == "propaganda.delimitazione-spazi");
        Assert.Single(calendar.Deadlines, d => d.Rule.Id == "comunali.designazione-rappresentanti");
        Assert.Single(calendar.Deadlines, d => d.Rule.Id == "regionali.designazione-rappresentanti");
    }

    /// <summary>2020: referendum and regionali counted at the close on Monday, the comunali on Tuesday at 9.</summary>
    [Fact]
    public void ReferendumRegionaliComunali_OnSundayMonday_CountTheComunaliOnTuesdayAtNine()
    {
        var calendar = Derive(SundayMonday2027, [ConsultationType.Referendum, ConsultationType.Regionali, ConsultationType.Comunali], "Liguria", ("referendum-tipo", "costituzionale"));

        Assert.Equal((new LocalDate(2027, 6, 7), ClockTime.Of(15, 0)), (Find(calendar, "regionali.scrutinio").Date!.Value, Find(calendar, "regionali.scrutinio").Time!.Value));
        Assert.Equal((new LocalDate(2027, 6, 8), ClockTime.Of(9, 0)), (Find(calendar, "comunali.scrutinio").Date!.Value, Find(calendar, "comunali.scrutinio").Time!.Value));
    }

    /// <summary>2022: the referendum counted at the close on Sunday, the comunali on Monday at 14.</summary>
    [Fact]
    public void ReferendumWithComunali_OnOneDay_CountsTheComunaliOnMondayAtTwo()
    {
        var calendar = Derive(VotingDays.OneDay(new LocalDate(2027, 6, 6)), [ConsultationType.Referendum, ConsultationType.Comunali], "Liguria", ("referendum-tipo", "abrogativo"));

        Assert.Equal((new LocalDate(2027, 6, 7), ClockTime.Of(14, 0)), (Find(calendar, "comunali.scrutinio").Date!.Value, Find(calendar, "comunali.scrutinio").Time!.Value));
    }

    [Fact]
    public void TheTornatasParameters_OverrideTheCountOrder()
    {
        var calendar = Derive(SundayMonday2027, [ConsultationType.Referendum, ConsultationType.Regionali, ConsultationType.Comunali], "Liguria",
            ("referendum-tipo", "costituzionale"), ("inizio-scrutinio-regionali", "2027-06-07T18:00"), ("inizio-scrutinio-comunali", "2027-06-08T14:00"));

        Assert.Equal((new LocalDate(2027, 6, 7), ClockTime.Of(18, 0)), (Find(calendar, "regionali.scrutinio").Date!.Value, Find(calendar, "regionali.scrutinio").Time!.Value));
        Assert.Equal((new LocalDate(2027, 6, 8), ClockTime.Of(14, 0)), (Find(calendar, "comunali.scrutinio").Date!.Value, Find(calendar, "comunali.scrutinio").Time!.Value));
    }
}
