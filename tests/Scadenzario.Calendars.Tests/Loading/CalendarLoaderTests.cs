using Scadenzario.Calendars.Loading;
using Scadenzario.Calendars.Rules;
using Scadenzario.Calendars.Tests.Support;

namespace Scadenzario.Calendars.Tests.Loading;

public class CalendarLoaderTests
{
    private const string GoodRule = """
          - id: prova.manifesto
            title: Affissione del manifesto
            actor: sindaco
            kind: scadenza
            due: { day: -45 }
            basis: art. 18 d.P.R. 570/1960
        """;

    [Fact]
    public void Load_ValidFile_ReadsEveryField()
    {
        using var dir = new TempCalendars(TempCalendars.RulesFile("""
              - id: prova.liste
                title: Presentazione delle liste
                description: Alla segreteria del Comune.
                actor: ufficio-elettorale
                kind: periodo
                start: { day: -30, time: "08:00" }
                end: { day: -29, time: "12:00" }
                when: { population: superiore, with: [europee] }
                basis: art. 28 d.P.R. 570/1960
                valid: { from: 2014-01-01, to: 2030-12-31 }
                prefetto: true
                reminders: [3, 1]
                note: Perché.
            """));

        var set = dir.Load();

        var rule = Assert.Single(set.Rules);
        Assert.Equal("prova.liste", rule.Id);
        Assert.Equal(ConsultationType.Comune, rule.Consultation);
        Assert.Equal(RuleKind.Periodo, rule.Kind);
        Assert.Equal("Alla segreteria del Comune.", rule.Description);
        Assert.True(rule.AssicurazionePrefetto);
        Assert.Equal([3, 1], rule.Reminders);
        Assert.Equal(new SourceLocation("comune.yaml", 4), rule.Source);
        var variant = Assert.Single(rule.Variants);
        Assert.Equal(-30, variant.Start!.Days);
        Assert.Equal(ClockTime.Of(12, 0), variant.End.Time);
        Assert.Equal(PopulationClass.Superiore, variant.When.Population);
        Assert.Equal([ConsultationType.Europee], variant.When.With);
        Assert.StartsWith("test.1+", set.Version);
    }

    [Fact]
    public void Load_DuplicateId_NamesBothPlaces()
    {
        using var dir = new TempCalendars(TempCalendars.RulesFile(GoodRule + "\n" + GoodRule));

        var error = Assert.Single(LoadErrors(dir));

        Assert.Equal("comune.yaml", error.File);
        Assert.Equal(10, error.Line);
        Assert.Equal("prova.manifesto", error.RuleId);
        Assert.Contains("duplicato", error.Message);
        Assert.Contains("comune.yaml:4", error.Message);
    }

    [Fact]
    public void Load_SameIdWithDisjointValidity_IsALawChange()
    {
        using var dir = new TempCalendars(TempCalendars.RulesFile(
            GoodRule + "\n    valid: { to: 2013-12-31 }\n" + GoodRule + "\n    valid: { from: 2014-01-01 }\n"));

        var set = dir.Load();

        Assert.Equal(2, set.Rules.Count);
    }

    [Fact]
    public void Load_UnknownActor_IsRefusedWithLineAndRule()
    {
        using var dir = new TempCalendars(TempCalendars.RulesFile(GoodRule.Replace("actor: sindaco", "actor: sindaca")));

        var error = Assert.Single(LoadErrors(dir));

        Assert.Equal(6, error.Line);
        Assert.Equal("prova.manifesto", error.RuleId);
        Assert.Contains("attore sconosciuto \"sindaca\"", error.Message);
    }

    [Fact]
    public void Load_UnknownKind_IsRefused()
    {
        using var dir = new TempCalendars(TempCalendars.RulesFile(GoodRule.Replace("kind: scadenza", "kind: termine")));

        var error = Assert.Single(LoadErrors(dir));

        Assert.Equal(7, error.Line);
        Assert.Contains("tipo sconosciuto \"termine\"", error.Message);
    }

    [Fact]
    public void Load_UnknownConsultation_IsRefused()
    {
        using var dir = new TempCalendars("consultation: referendum-abrogativo\ntitle: Prova\nrules: []\n");

        var error = Assert.Single(LoadErrors(dir));

        Assert.Equal(1, error.Line);
        Assert.Contains("consultazione sconosciuta \"referendum-abrogativo\"", error.Message);
    }

    [Fact]
    public void Load_WindowEndingBeforeItStarts_IsRefused()
    {
        using var dir = new TempCalendars(TempCalendars.RulesFile("""
              - id: prova.spazi
                title: Delimitazione degli spazi
                actor: giunta
                kind: periodo
                start: { day: -31 }
                end: { day: -33 }
                basis: art. 2 L. 212/1956
            """));

        var error = Assert.Single(LoadErrors(dir));

        Assert.Equal(9, error.Line);
        Assert.Equal("prova.spazi", error.RuleId);
        Assert.Contains("termina prima di iniziare", error.Message);
    }

    [Fact]
    public void Load_WindowEndingBeforeItStartsOnTheSameDay_IsRefused()
    {
        using var dir = new TempCalendars(TempCalendars.RulesFile("""
              - id: prova.liste
                title: Presentazione
                actor: ufficio-elettorale
                kind: periodo
                start: { day: -29, time: "12:00" }
                end: { day: -29, time: "08:00" }
                basis: art. 28 d.P.R. 570/1960
            """));

        Assert.Contains("termina prima di iniziare", Assert.Single(LoadErrors(dir)).Message);
    }

    [Fact]
    public void Load_CycleBetweenAnchoredRules_IsRefused()
    {
        using var dir = new TempCalendars(TempCalendars.RulesFile("""
              - id: prova.a
                title: A
                actor: sindaco
                kind: scadenza
                due: { anchor: rule:prova.b, day: 1 }
                basis: art. 1
              - id: prova.b
                title: B
                actor: sindaco
                kind: scadenza
                due: { anchor: rule:prova.c, day: 1 }
                basis: art. 2
              - id: prova.c
                title: C
                actor: sindaco
                kind: scadenza
                due: { anchor: rule:prova.a, day: 1 }
                basis: art. 3
            """));

        var error = Assert.Single(LoadErrors(dir));

        Assert.Contains("ciclo", error.Message);
        Assert.Contains("prova.a → prova.b → prova.c → prova.a", error.Message);
    }

    [Fact]
    public void Load_AnchorToUnknownRuleOrEvent_IsRefused()
    {
        using var dir = new TempCalendars(TempCalendars.RulesFile("""
              - id: prova.a
                title: A
                actor: sindaco
                kind: scadenza
                due: { anchor: rule:prova.inesistente, day: 1 }
                basis: art. 1
              - id: prova.b
                title: B
                actor: giunta
                kind: scadenza
                due: { anchor: event:liste-respinte, day: 2 }
                basis: art. 5 L. 212/1956
            """));

        var errors = LoadErrors(dir);

        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.RuleId == "prova.a" && e.Message.Contains("regola inesistente \"prova.inesistente\""));
        Assert.Contains(errors, e => e.RuleId == "prova.b" && e.Message.Contains("evento sconosciuto \"liste-respinte\""));
    }

    [Theory]
    [InlineData("time: \"25:00\"", "ora \"25:00\" non valida")]
    [InlineData("tempo: 3", "chiave sconosciuta \"tempo\"")]
    [InlineData("anchor: luna", "ancoraggio sconosciuto \"luna\"")]
    [InlineData("day: tre", "atteso un numero intero")]
    public void Load_BadTimePoint_IsRefused(string extra, string expected)
    {
        using var dir = new TempCalendars(TempCalendars.RulesFile(GoodRule.Replace("due: { day: -45 }", $"due: {{ day: -45, {extra} }}")
            .Replace("day: -45, day: tre", "day: tre")));

        var error = Assert.Single(LoadErrors(dir));

        Assert.Equal(8, error.Line);
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Load_MissingRequiredFields_AreAllReported()
    {
        using var dir = new TempCalendars(TempCalendars.RulesFile("""
              - id: prova.a
                kind: scadenza
                due: { day: -1 }
            """));

        var errors = LoadErrors(dir);

        Assert.Contains(errors, e => e.Message.Contains("manca \"title\""));
        Assert.Contains(errors, e => e.Message.Contains("manca \"actor\""));
        Assert.Contains(errors, e => e.Message.Contains("manca \"basis\""));
        Assert.All(errors, e => Assert.Equal("prova.a", e.RuleId));
    }

    [Fact]
    public void Load_KindWithoutMatchingTiming_IsRefused()
    {
        using var dir = new TempCalendars(TempCalendars.RulesFile(GoodRule.Replace("kind: scadenza", "kind: periodo")));

        Assert.Contains("richiede \"start\" e \"end\"", Assert.Single(LoadErrors(dir)).Message);
    }

    [Fact]
    public void Load_BrokenYaml_ReportsTheLine()
    {
        using var dir = new TempCalendars("consultation: comune\ntitle: Prova\nrules:\n  - id: [unterminated\n");

        var error = Assert.Single(LoadErrors(dir));

        Assert.Equal("comune.yaml", error.File);
        Assert.Contains("YAML non valido", error.Message);
        Assert.InRange(error.Line, 4, 5);
    }

    [Fact]
    public void Load_MissingFile_IsReported()
    {
        using var dir = new TempCalendars(TempCalendars.RulesFile(GoodRule), TempCalendars.Index.Replace("[comune.yaml]", "[comune.yaml, europee.yaml]"));

        var error = Assert.Single(LoadErrors(dir));

        Assert.Equal("europee.yaml", error.File);
        Assert.Contains("file non trovato", error.Message);
    }

    [Fact]
    public void Load_ErrorsInSeveralRules_AreAllReportedAtOnce()
    {
        using var dir = new TempCalendars(TempCalendars.RulesFile(
            GoodRule.Replace("actor: sindaco", "actor: nessuno") + "\n"
            + GoodRule.Replace("prova.manifesto", "prova.altro").Replace("kind: scadenza", "kind: boh")));

        var errors = LoadErrors(dir);

        Assert.Equal(["prova.manifesto", "prova.altro"], errors.Select(e => e.RuleId));
    }

    [Fact]
    public void Load_ContentChange_ChangesTheVersion()
    {
        using var first = new TempCalendars(TempCalendars.RulesFile(GoodRule));
        using var second = new TempCalendars(TempCalendars.RulesFile(GoodRule.Replace("-45", "-44")));

        Assert.NotEqual(first.Load().Version, second.Load().Version);
        Assert.Equal(first.Load().Version, first.Load().Version);
    }

    [Fact]
    public void Load_RepositoryCalendars_AreValid()
    {
        var set = RepositoryCalendars.Set;

        Assert.True(set.Rules.Count > 100, $"expected well over a hundred rules, found {set.Rules.Count}");
    }

    [Fact]
    public void Load_ActorOwners_AreExposedOnTheSetAndTheDeadline()
    {
        using var dir = new TempCalendars(TempCalendars.RulesFile(GoodRule), TempCalendars.Index.Replace(
            "giunta: { label: Giunta comunale, owner: comune }",
            "giunta: { label: Giunta comunale, owner: comune }\n  elettori: { label: Elettori, owner: altri }"));

        var set = dir.Load();

        Assert.Equal(ActorOwner.Comune, set.OwnerOf("sindaco"));
        Assert.Equal(ActorOwner.Altri, set.OwnerOf("elettori"));
        Assert.Equal(ActorOwner.Altri, set.OwnerOf("non-dichiarato"));
        Assert.Equal(ActorOwner.Comune, Assert.Single(set.Rules).Owner);
    }

    [Theory]
    [InlineData("sindaco: { label: Sindaco, owner: comune }", "sindaco: Sindaco", "actors.sindaco: indicare { label: …, owner: … }")]
    [InlineData("sindaco: { label: Sindaco, owner: comune }", "sindaco: { label: Sindaco }", "manca \"owner\"")]
    [InlineData("sindaco: { label: Sindaco, owner: comune }", "sindaco: { label: Sindaco, owner: stato }", "actors.sindaco.owner: valore sconosciuto \"stato\" (ammessi: comune, prefettura, secondo-grado, altri)")]
    public void Load_ActorWithoutAValidOwner_IsRefusedWithFileAndLine(string from, string to, string message)
    {
        using var dir = new TempCalendars(TempCalendars.RulesFile(GoodRule.Replace("actor: sindaco", "actor: giunta")), TempCalendars.Index.Replace(from, to));

        var errors = LoadErrors(dir);

        var error = Assert.Single(errors, e => e.Message.Contains(message, StringComparison.Ordinal));
        Assert.Equal("index.yaml", error.File);
        Assert.Equal(5, error.Line);
    }

    [Fact]
    public void RepositoryCalendars_EveryActorHasTheExpectedOwner()
    {
        var set = CalendarSet.Load(RepositoryCalendars.Directory);

        Assert.Equal(
            ["commissione-comunale", "giunta", "segretario", "sindaco", "ufficio-elettorale"],
            set.Owners.Where(o => o.Value == ActorOwner.Comune).Select(o => o.Key).Order(StringComparer.Ordinal));
        Assert.Equal(ActorOwner.Altri, set.OwnerOf("commissione-circondariale"));
        Assert.Equal(ActorOwner.Prefettura, set.OwnerOf("prefettura"));
        Assert.Equal(ActorOwner.SecondoGrado, set.OwnerOf("ufficio-elettorale-provinciale"));
    }

    private static IReadOnlyList<CalendarError> LoadErrors(TempCalendars dir) =>
        Assert.Throws<CalendarLoadException>(dir.Load).Errors;
}
