using NodaTime;
using Scadenzario.Calendars.Derivation;
using Scadenzario.Calendars.Loading;
using Scadenzario.Calendars.Rules;
using Scadenzario.Calendars.Tests.Support;

namespace Scadenzario.Calendars.Tests.Derivation;

/// <summary>
/// A choice parameter (the kind of a referendum): one of its declared values, named by rules in
/// <c>when: { parameter: … }</c>; unset, the condition does not hold; anything else is refused.
/// </summary>
public sealed class ChoiceParameterTests : IDisposable
{
    private const string Index = """
        version: "test.choice"
        files: [comune.yaml]
        actors:
          sindaco: { label: Sindaco, owner: comune }
        parameters:
          referendum-tipo: { label: "Tipo di referendum", kind: choice, values: [abrogativo, costituzionale] }
        """;

    private const string Rules = """
        consultation: comune
        title: Prova
        rules:
          - id: solo-costituzionale
            title: Atto del solo referendum costituzionale
            actor: sindaco
            kind: scadenza
            due: { day: -10 }
            when: { parameter: { referendum-tipo: costituzionale } }
            basis: "Titolo I L. 352/1970"
          - id: sempre
            title: Atto di ogni referendum
            actor: sindaco
            kind: scadenza
            due: { day: -5 }
            basis: "art. 1"
        """;

    private readonly TempCalendars dir = new(Rules, Index);

    private CalendarSet Set => field ??= dir.Load();

    public void Dispose() => dir.Dispose();

    private IReadOnlyList<string> Ids(params (string Key, string Value)[] parameters) =>
        [.. Set.Derive(new ElectionFacts
        {
            VotingDays = VotingDays.OneDay(new LocalDate(2027, 6, 6)),
            Consultations = [ConsultationType.Europee],
            Population = 1,
            Parameters = parameters.ToDictionary(p => p.Key, p => p.Value),
        }).Deadlines.Select(d => d.Rule.Id)];

    [Fact]
    public void TheNamedValue_MakesTheRuleApply() =>
        Assert.Equal(["solo-costituzionale", "sempre"], Ids(("referendum-tipo", "costituzionale")));

    [Fact]
    public void AnotherValue_LeavesTheRuleOut() =>
        Assert.Equal(["sempre"], Ids(("referendum-tipo", "abrogativo")));

    [Fact]
    public void Unset_LeavesTheRuleOut() =>
        Assert.Equal(["sempre"], Ids());

    [Fact]
    public void Definition_IsExposedWithItsValues()
    {
        var definition = Set.Parameters["referendum-tipo"];

        Assert.Equal((ParameterKind.Choice, "choice"), (definition.Kind, definition.KindId));
        Assert.Equal(["abrogativo", "costituzionale"], definition.Values);
    }

    [Fact]
    public void ValueNotDeclared_IsRefusedInItalian()
    {
        var problem = Assert.Single(Set.ValidateParameters(new Dictionary<string, string> { ["referendum-tipo"] = "consultivo" }));
        var error = Assert.Throws<InvalidFactsException>(() => Ids(("referendum-tipo", "consultivo")));

        Assert.Contains("\"consultivo\" non è tra i valori ammessi; indicare abrogativo o costituzionale", problem);
        Assert.Contains("non è tra i valori ammessi", error.Message);
    }

    [Theory]
    [InlineData("when: { parameter: { referendum-tipo: consultivo } }", "valore \"consultivo\" non ammesso (ammessi: abrogativo, costituzionale)")]
    [InlineData("when: { parameter: { quesiti: 3 } }", "\"quesiti\" non è un parametro choice di index.yaml (dichiarati: referendum-tipo)")]
    [InlineData("when: { parameter: {} }", "attesa una mappa NOME: VALORE")]
    public void BadCondition_IsRefusedWithFileAndLine(string when, string message)
    {
        using var bad = new TempCalendars(TempCalendars.RulesFile($"""
              - id: prova
                title: Prova
                actor: sindaco
                kind: scadenza
                due: {"{"} day: -3 {"}"}
                {when}
                basis: "art. 1"
            """), Index);

        var error = Assert.Throws<CalendarLoadException>(bad.Load);

        Assert.Contains(error.Errors, e => e.File == "comune.yaml" && e.Line > 0 && e.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void ChoiceOnATimePoint_IsRefused()
    {
        using var bad = new TempCalendars(TempCalendars.RulesFile("""
              - id: prova
                title: Prova
                actor: sindaco
                kind: scadenza
                due: { day: -3, param: referendum-tipo }
                basis: "art. 1"
            """), Index);

        var error = Assert.Throws<CalendarLoadException>(bad.Load);

        Assert.Contains(error.Errors, e => e.Message.Contains("è una scelta (choice), non un'ora", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("x: { label: X, kind: choice, values: [uno] }", "elenca in values almeno due valori")]
    [InlineData("x: { label: X, kind: time, values: [uno, due] }", "values vale solo con kind: choice")]
    [InlineData("x: { label: X, kind: choice, values: [Uno, due] }", "valore non valido o ripetuto")]
    public void BadDefinition_IsRefused(string definition, string message)
    {
        using var bad = new TempCalendars(TempCalendars.RulesFile(""), $"""
            version: "test.bad"
            files: [comune.yaml]
            actors:
              sindaco: {"{"} label: Sindaco, owner: comune {"}"}
            parameters:
              {definition}
            """);

        var error = Assert.Throws<CalendarLoadException>(bad.Load);

        Assert.Contains(error.Errors, e => e.Message.Contains(message, StringComparison.Ordinal));
    }
}
