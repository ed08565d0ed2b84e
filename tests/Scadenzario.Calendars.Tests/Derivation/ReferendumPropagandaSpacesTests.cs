using NodaTime;
using Scadenzario.Calendars.Derivation;
using Scadenzario.Calendars.Rules;
using Scadenzario.Calendars.Tests.Support;

namespace Scadenzario.Calendars.Tests.Derivation;

/// <summary>
/// A referendum has no lists: its propaganda spaces are assigned between the 33rd and the 31st day
/// to those who asked for them (art. 52 L. 352/1970), not two days after a communication of admitted
/// lists that never comes (art. 5 L. 212/1956); a consultation with lists in the same tornata keeps
/// its own assignment.
/// </summary>
public class ReferendumPropagandaSpacesTests
{
    private static readonly LocalDate Sunday = new(2022, 6, 12);

    [Fact]
    public void ReferendumAlone_NoAssignmentWaitingForLists_DefissioneFromTheReferendumAssignment()
    {
        var calendar = Derive(ConsultationType.Referendum);

        Assert.DoesNotContain(calendar.Deadlines, d => d.Rule.Id == "propaganda.assegnazione-spazi");
        Assert.Equal(Sunday.PlusDays(-31), Single(calendar, "referendum.assegnazione-spazi").Date);
        var defissione = Single(calendar, "propaganda.defissione");
        Assert.False(defissione.Pending);
        Assert.Equal(Sunday.PlusDays(-31), defissione.Date);
    }

    [Theory]
    [InlineData(ConsultationType.Comunali)]
    [InlineData(ConsultationType.Politiche)]
    [InlineData(ConsultationType.Europee)]
    public void ConsultationWithLists_AssignmentWaitsForTheAdmittedLists(ConsultationType consultation)
    {
        var calendar = Derive(consultation);

        Assert.True(Single(calendar, "propaganda.assegnazione-spazi").Pending);
        Assert.DoesNotContain(calendar.Deadlines, d => d.Rule.Id == "referendum.assegnazione-spazi");
    }

    [Fact]
    public void ReferendumWithComunali_BothAssignments()
    {
        var calendar = Derive(ConsultationType.Referendum, ConsultationType.Comunali);

        Assert.True(Single(calendar, "propaganda.assegnazione-spazi").Pending);
        Assert.Equal(Sunday.PlusDays(-31), Single(calendar, "referendum.assegnazione-spazi").Date);
        Assert.Equal(Sunday.PlusDays(-31), Single(calendar, "propaganda.defissione").Date);
    }

    private static Deadline Single(DerivedCalendar calendar, string id) =>
        Assert.Single(calendar.Deadlines, d => d.Rule.Id == id);

    private static DerivedCalendar Derive(params ConsultationType[] consultations) =>
        RepositoryCalendars.Set.Derive(new ElectionFacts
        {
            VotingDays = VotingDays.OneDay(Sunday),
            Consultations = consultations,
            Population = 10000,
        });
}
