using NodaTime;
using Scadenzario.Calendars.Derivation;
using Scadenzario.Calendars.Rules;
using Scadenzario.Calendars.Tests.Support;

namespace Scadenzario.Calendars.Tests.Derivation;

/// <summary>
/// <see cref="CalendarSet.DerivableRules"/> holds the very rule instances a derivation hands out,
/// in every territory with rules of its own: the store of the rules' texts is filled from it, and an
/// act whose rule is missing there could not be written.
/// </summary>
public class DerivableRulesTests
{
    public static TheoryData<string?, string?, ConsultationType> Territories()
    {
        var data = new TheoryData<string?, string?, ConsultationType>();
        var scopes = RepositoryCalendars.Set.Scopes.Select(s => (s.Scope.Region, s.Scope.Province)).Prepend(("Liguria", "GE")).Distinct();
        foreach (var (region, province) in scopes)
        {
            data.Add(region, province, ConsultationType.Europee);
            data.Add(region, province, ConsultationType.Comunali);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Territories))]
    public void EveryDerivedRule_IsADerivableRule(string? region, string? province, ConsultationType consultation)
    {
        var set = RepositoryCalendars.Set;
        var derivable = set.DerivableRules.ToHashSet(ReferenceEqualityComparer.Instance);
        var sunday = new LocalDate(2027, 6, 6);
        var calendar = set.Derive(new ElectionFacts
        {
            VotingDays = VotingDays.OneDay(sunday),
            Consultations = [consultation],
            Population = 20_000,
            Region = region,
            Province = province,
            Ballottaggio = consultation == ConsultationType.Comunali ? sunday.PlusWeeks(2) : null,
        });

        Assert.NotEmpty(calendar.Deadlines);
        Assert.All(calendar.Deadlines, d => Assert.Contains(d.Rule, derivable));
    }
}
