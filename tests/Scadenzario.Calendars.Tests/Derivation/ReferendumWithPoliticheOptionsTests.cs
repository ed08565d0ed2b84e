using NodaTime;
using Scadenzario.Calendars.Derivation;
using Scadenzario.Calendars.Rules;
using Scadenzario.Calendars.Tests.Support;

namespace Scadenzario.Calendars.Tests.Derivation;

/// <summary>
/// A referendum (costituzionale: an abrogativo may not be held with the politiche) held with the
/// politiche: the options of the electors abroad are one per consultation ("per ogni votazione e
/// vale limitatamente ad essa", art. 1, comma 3, L. 459/2001; the option names its consultation,
/// art. 4, comma 1, lett. d), d.P.R. 104/2003; art. 4-bis: "valida per un'unica consultazione"),
/// so each consultation keeps its own act. The section lists are due on the 10th day of art. 29
/// d.P.R. 361/1957 whenever the politiche or a referendum is held, the 8th of art. 18 d.P.R.
/// 570/1960 otherwise.
/// </summary>
public class ReferendumWithPoliticheOptionsTests
{
    private static readonly LocalDate Sunday = new(2022, 9, 25);
    private static readonly LocalDate Indizione = new(2022, 7, 21);

    [Fact]
    public void HeldTogether_OneAireOptionAndOneTemporarilyAbroadOptionPerConsultation()
    {
        var calendar = Derive(ConsultationType.Referendum, ConsultationType.Politiche);

        foreach (var id in new[]
                 {
                     "referendum.opzione-voto-italia", "politiche.opzione-voto-italia",
                 })
            Assert.Equal(Indizione.PlusDays(10), Single(calendar, id).Date);
        foreach (var id in new[]
                 {
                     "referendum.voto-estero-temporanei", "politiche.voto-estero-temporanei",
                 })
            Assert.Equal(Sunday.PlusDays(-32), Single(calendar, id).Date);
    }

    [Theory]
    [InlineData(-10, ConsultationType.Politiche)]
    [InlineData(-10, ConsultationType.Referendum)]
    [InlineData(-10, ConsultationType.Referendum, ConsultationType.Politiche)]
    [InlineData(-10, ConsultationType.Referendum, ConsultationType.Comunali)]
    [InlineData(-8, ConsultationType.Comunali)]
    public void SectionLists_TenthDayUnderTheCamerasLaw(int day, params ConsultationType[] consultations)
    {
        var calendar = Derive(consultations);

        Assert.Equal(Sunday.PlusDays(day), Single(calendar, "revisione.liste-sezionali").Date);
    }

    private static Deadline Single(DerivedCalendar calendar, string id) =>
        Assert.Single(calendar.Deadlines, d => d.Rule.Id == id);

    private static DerivedCalendar Derive(params ConsultationType[] consultations) =>
        RepositoryCalendars.Set.Derive(new ElectionFacts
        {
            VotingDays = VotingDays.OneDay(Sunday),
            Consultations = consultations,
            Population = 10000,
            Parameters = new Dictionary<string, string> { ["referendum-tipo"] = "costituzionale" },
            Events = new Dictionary<string, LocalDate> { ["indizione"] = Indizione },
        });
}
