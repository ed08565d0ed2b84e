using Scadenzario.Calendars.Loading;
using Scadenzario.Calendars.Rules;
using Scadenzario.Calendars.Tests.Support;

namespace Scadenzario.Calendars.Tests.Loading;

/// <summary>The loader's checks on calendars/regioni/, the new conditions, thresholds and parameters.</summary>
public class ScopedFilesLoaderTests
{
    public const string Index = """
        version: "test.3"
        files: [comune.yaml, comunali.yaml, regioni/]
        actors:
          sindaco: { label: Sindaco, owner: comune }
          segretario: { label: Segretario comunale, owner: comune }
        parameters:
          chiusura-votazione: { label: "Ora di chiusura della votazione", kind: time }
        """;

    public const string Comune = """
        consultation: comune
        title: Comuni
        rules:
          - id: comune.manifesto
            title: Manifesto
            actor: sindaco
            kind: scadenza
            due: { day: -45 }
            basis: art. 18 d.P.R. 570/1960
        """;

    public const string Comunali = """
        consultation: comunali
        title: Comunali
        rules:
          - id: comunali.liste
            title: Presentazione delle liste
            actor: segretario
            kind: periodo
            start: { day: -30, time: "08:00" }
            end: { day: -29, time: "12:00" }
            basis: art. 28 d.P.R. 570/1960
          - id: comunali.programmi
            title: Avviso sui programmi
            actor: sindaco
            kind: scadenza
            due: { day: -15 }
            basis: art. 4 L. 81/1993
          - id: comunali.manifesto-candidati
            title: Manifesto dei candidati
            actor: sindaco
            kind: scadenza
            due: { anchor: rule:comunali.liste, day: 10 }
            basis: art. 34 d.P.R. 570/1960
        """;

    private static IReadOnlyList<CalendarError> Errors(params (string Name, string Text)[] scoped)
    {
        using var dir = new TempCalendars(Comune, Index, [("comunali.yaml", Comunali), .. scoped]);
        return Assert.Throws<CalendarLoadException>(dir.Load).Errors;
    }

    private static CalendarSet Load(params (string Name, string Text)[] scoped)
    {
        using var dir = new TempCalendars(Comune, Index, [("comunali.yaml", Comunali), .. scoped]);
        return dir.Load();
    }

    private static string Sicilia(string body, string scope = "{ region: Sicilia }") =>
        $"scope: {scope}\nconsultation: comunali\ntitle: Comunali in Sicilia\nlaw: \"L.R. 35/1997\"\n" + body;

    private const string Override = """
          - id: comunali.liste
            title: Presentazione delle liste
            actor: segretario
            kind: periodo
            start: { day: -40, time: "08:00" }
            end: { day: -39, time: "12:00" }
            basis: art. 18 L.R. 7/1992
        """;

    [Fact]
    public void Load_ScopedFile_ReadsScopeAndDeclarations()
    {
        var set = Load(("regioni/sicilia.yaml", Sicilia($$"""
            coverage: [comunali]
            rules:
            {{Override}}
            unchanged:
              - { id: comunali.programmi, note: "rinvio al d.P.R. 570/1960" }
            not-applicable:
              - { id: comunali.manifesto-candidati, reason: "art. 9 L.R. 7/1992: manifesto unico" }
            """)));

        var scope = Assert.Single(set.Scopes);
        Assert.Equal(new RuleScope("Sicilia", null), scope.Scope);
        Assert.Equal("regioni/sicilia.yaml", scope.File);
        Assert.Equal([ConsultationType.Comunali], scope.Coverage);
        Assert.Equal("rinvio al d.P.R. 570/1960", scope.Unchanged["comunali.programmi"]);
        Assert.Contains("manifesto unico", scope.NotApplicable["comunali.manifesto-candidati"]);
        var scoped = Assert.Single(set.Rules, r => r.Scope is not null);
        Assert.Equal(ConsultationType.Comunali, scoped.Consultation);
        Assert.Equal("regioni/sicilia.yaml", scoped.Source.File);
    }

    [Fact]
    public void Substitutes_TheActorOfEveryRuleOfTheScope_AndNowhereElse()
    {
        var set = Load(("regioni/vda.yaml", Sicilia("""
            rules: []
            substitutes:
              - { actor: sindaco, by: segretario, basis: "art. 4 d.lgs.lgt. 545/1945" }
            """, "{ region: Valle d'Aosta }")));

        var facts = new Scadenzario.Calendars.Derivation.ElectionFacts
        {
            VotingDays = Scadenzario.Calendars.Derivation.VotingDays.OneDay(new NodaTime.LocalDate(2025, 5, 25)),
            Consultations = [ConsultationType.Comunali],
            Population = 5_000,
            Region = "Valle d'Aosta/Vallée d'Aoste",
        };
        var inScope = set.Derive(facts).Deadlines;
        var elsewhere = set.Derive(facts with { Region = "Piemonte" }).Deadlines;

        Assert.Equal("segretario", Assert.Single(inScope, d => d.Rule.Id == "comune.manifesto").Rule.Actor);
        Assert.Equal("segretario", Assert.Single(inScope, d => d.Rule.Id == "comunali.programmi").Rule.Actor);
        Assert.Equal("sindaco", Assert.Single(elsewhere, d => d.Rule.Id == "comune.manifesto").Rule.Actor);
    }

    [Theory]
    [InlineData("{ actor: prefetto, by: segretario, basis: x }", "attore sconosciuto \"prefetto\"")]
    [InlineData("{ actor: sindaco, by: sindaco, basis: x }", "sostituito da sé stesso")]
    [InlineData("{ actor: sindaco, by: segretario }", "riferimento normativo della sostituzione")]
    public void Substitutes_Malformed_IsRefused(string entry, string message)
    {
        var error = Assert.Single(Errors(("regioni/vda.yaml", Sicilia($"rules: []\nsubstitutes:\n  - {entry}\n", "{ region: Valle d'Aosta }"))));

        Assert.Equal("regioni/vda.yaml", error.File);
        Assert.Equal(7, error.Line);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Load_NonYamlFilesOfTheFolder_AreIgnored()
    {
        var set = Load(("regioni/README.md", "# not a calendar"), ("regioni/sicilia.yaml", Sicilia("rules: []\n")));

        Assert.Single(set.Scopes);
    }

    [Fact]
    public void Load_MissingFolder_IsAnError()
    {
        using var dir = new TempCalendars(Comune, Index, ("comunali.yaml", Comunali));

        var error = Assert.Single(Assert.Throws<CalendarLoadException>(dir.Load).Errors);

        Assert.Equal("index.yaml", error.File);
        Assert.Contains("cartella \"regioni/\"", error.Message);
    }

    [Fact]
    public void Load_FileOfTheFolderWithoutScope_IsRefused()
    {
        var error = Assert.Single(Errors(("regioni/x.yaml", "consultation: comunali\ntitle: X\nrules: []\n")));

        Assert.Equal("regioni/x.yaml", error.File);
        Assert.Contains("manca \"scope\"", error.Message);
    }

    [Fact]
    public void Load_UnknownRegionInScope_IsRefused()
    {
        var error = Assert.Single(Errors(("regioni/x.yaml", Sicilia("rules: []\n", "{ region: Atlantide }"))));

        Assert.Equal(1, error.Line);
        Assert.Contains("regione sconosciuta \"Atlantide\"", error.Message);
    }

    [Fact]
    public void Load_TwoFilesForOneScope_AreRefused()
    {
        var error = Assert.Single(Errors(("regioni/a.yaml", Sicilia("rules: []\n")), ("regioni/b.yaml", Sicilia("rules: []\n"))));

        Assert.Equal("regioni/b.yaml", error.File);
        Assert.Contains("regioni/a.yaml", error.Message);
    }

    [Theory]
    [InlineData("unchanged", "note")]
    [InlineData("not-applicable", "reason")]
    public void Load_EntryForAnIdTheNationalCalendarLacks_IsRefused(string list, string key)
    {
        var error = Assert.Single(Errors(("regioni/sicilia.yaml", Sicilia($"rules: []\n{list}:\n  - {{ id: comunali.inesistente, {key}: \"x\" }}\n"))));

        Assert.Equal(("regioni/sicilia.yaml", 7, "comunali.inesistente"), (error.File, error.Line, error.RuleId));
        Assert.Contains("non esiste nel calendario nazionale", error.Message);
    }

    [Fact]
    public void Load_NotApplicableWithoutReason_IsRefused()
    {
        var error = Assert.Single(Errors(("regioni/sicilia.yaml", Sicilia("rules: []\nnot-applicable:\n  - { id: comunali.programmi }\n"))));

        Assert.Contains("manca \"reason\"", error.Message);
    }

    [Fact]
    public void Load_NewIdThatIsANationalRuleOfAnotherConsultation_IsRefused()
    {
        var error = Assert.Single(Errors(("regioni/sicilia.yaml", Sicilia("""
            rules:
              - id: comune.manifesto
                title: Manifesto
                actor: sindaco
                kind: scadenza
                due: { day: -40 }
                basis: art. 1 L.R. 7/1992
            """))));

        Assert.Equal(("regioni/sicilia.yaml", 6, "comune.manifesto"), (error.File, error.Line, error.RuleId));
        Assert.Contains("un'altra consultazione (comune", error.Message);
    }

    [Fact]
    public void Load_OverrideOfTheSameConsultation_IsAccepted_AndARuleMayNameItsConsultation()
    {
        var set = Load(("regioni/sicilia.yaml", Sicilia("""
            rules:
              - id: comune.manifesto
                consultation: comune
                title: Manifesto
                actor: sindaco
                kind: scadenza
                due: { day: -40 }
                basis: art. 1 L.R. 7/1992
            """)));

        Assert.Equal(ConsultationType.Comune, Assert.Single(set.Rules, r => r.Scope is not null).Consultation);
    }

    [Fact]
    public void Load_RuleConsultationOutsideAScopedFile_IsRefused()
    {
        using var dir = new TempCalendars(TempCalendars.RulesFile("""
              - id: prova.manifesto
                consultation: comunali
                title: Manifesto
                actor: sindaco
                kind: scadenza
                due: { day: -45 }
                basis: art. 18 d.P.R. 570/1960
            """));

        var error = Assert.Single(Assert.Throws<CalendarLoadException>(dir.Load).Errors);

        Assert.Contains("vale solo nei file di un ambito", error.Message);
    }

    [Fact]
    public void Load_CoverageWithANationalRuleNotAccountedFor_NamesTheRule()
    {
        var errors = Errors(("regioni/sicilia.yaml", Sicilia($$"""
            coverage: [comunali]
            rules:
            {{Override}}
            unchanged:
              - { id: comunali.programmi }
            """)));

        var error = Assert.Single(errors);
        Assert.Equal(("regioni/sicilia.yaml", 5, "comunali.manifesto-candidati"), (error.File, error.Line, error.RuleId));
        Assert.Contains("non è trattata", error.Message);
        Assert.Contains("comunali.yaml:", error.Message);
    }

    [Fact]
    public void Load_RuleAccountedForTwice_IsRefused()
    {
        var errors = Errors(("regioni/sicilia.yaml", Sicilia($$"""
            coverage: [comunali]
            rules:
            {{Override}}
            unchanged:
              - { id: comunali.programmi }
              - { id: comunali.liste }
            not-applicable:
              - { id: comunali.manifesto-candidati, reason: "art. 9" }
            """)));

        var error = Assert.Single(errors);
        Assert.Equal("comunali.liste", error.RuleId);
        Assert.Contains("già trattata alla riga", error.Message);
    }

    [Fact]
    public void Load_OverridesWithOverlappingValidity_AreRefused()
    {
        var errors = Errors(("regioni/sicilia.yaml", Sicilia($$"""
            rules:
            {{Override}}
                valid: { to: 2016-12-31 }
            {{Override}}
                valid: { from: 2016-01-01 }
            """)));

        Assert.Contains(errors, e => e.RuleId == "comunali.liste" && e.Message.Contains("duplicato"));
    }

    [Fact]
    public void Load_RuleAnchoredToARuleNotApplicableInTheScope_IsRefused()
    {
        var errors = Errors(("regioni/sicilia.yaml", Sicilia("""
            rules: []
            not-applicable:
              - { id: comunali.liste, reason: "art. 1" }
            """)));

        var error = Assert.Single(errors);
        Assert.Equal(("comunali.yaml", "comunali.manifesto-candidati"), (error.File, error.RuleId));
        Assert.Contains("nell'ambito Sicilia", error.Message);
        Assert.Contains("\"comunali.liste\"", error.Message);
    }

    [Fact]
    public void Load_NationalRuleAnchoredToAScopedRule_IsRefused()
    {
        const string comune = """
            consultation: comune
            title: Comuni
            rules:
              - id: comune.manifesto
                title: Manifesto
                actor: sindaco
                kind: scadenza
                due: { anchor: rule:comunali.sicilia-ticket, day: 1 }
                basis: art. 18 d.P.R. 570/1960
            """;
        using var dir = new TempCalendars(comune, Index, ("comunali.yaml", Comunali), ("regioni/sicilia.yaml", Sicilia("""
            rules:
              - id: comunali.sicilia-ticket
                title: Designazione del vicesindaco
                actor: segretario
                kind: scadenza
                due: { day: -20 }
                basis: art. 12 L.R. 7/1992
            """)));

        var error = Assert.Single(Assert.Throws<CalendarLoadException>(dir.Load).Errors);

        Assert.Equal("comune.manifesto", error.RuleId);
        Assert.Contains("nel calendario nazionale", error.Message);
    }

    [Theory]
    [InlineData("region: [Atlantide]", "regione sconosciuta \"Atlantide\"")]
    [InlineData("province: [tn]", "sigla di provincia")]
    [InlineData("province: [TNN]", "sigla di provincia")]
    [InlineData("capoluogo: si", "atteso true o false")]
    public void Load_BadNewCondition_IsRefused(string condition, string message)
    {
        using var dir = new TempCalendars(TempCalendars.RulesFile($$"""
              - id: prova.manifesto
                title: Manifesto
                actor: sindaco
                kind: scadenza
                due: { day: -45 }
                when: { {{condition}} }
                basis: art. 18 d.P.R. 570/1960
            """));

        var error = Assert.Single(Assert.Throws<CalendarLoadException>(dir.Load).Errors);

        Assert.Equal(("comune.yaml", "prova.manifesto"), (error.File, error.RuleId));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Load_NewConditions_AreRead()
    {
        using var dir = new TempCalendars(TempCalendars.RulesFile("""
              - id: prova.manifesto
                title: Manifesto
                actor: sindaco
                kind: scadenza
                due: { day: -45 }
                when: { region: [Sicilia, 6], province: [TN, BZ], capoluogo: true }
                basis: art. 18 d.P.R. 570/1960
            """));

        var when = Assert.Single(Assert.Single(dir.Load().Rules).Variants).When;

        Assert.Equal(["Sicilia", "Friuli-Venezia Giulia"], when.Regions);
        Assert.Equal(["TN", "BZ"], when.Provinces);
        Assert.True(when.Capoluogo);
    }

    [Theory]
    [InlineData("param: chiusura-votazione", null)]
    [InlineData("param: apertura-seggi", "parametro \"apertura-seggi\" non dichiarato in index.yaml (dichiarati: chiusura-votazione)")]
    [InlineData("working-days: -3", null)]
    [InlineData("working-days: 0", "working-days: 0 non conta nulla")]
    public void Load_PointKeys(string key, string? message)
    {
        using var dir = new TempCalendars(
            TempCalendars.RulesFile($$"""
                  - id: prova.chiusura
                    title: Chiusura
                    actor: sindaco
                    kind: evento
                    due: { day: 0, time: "23:00", {{key}} }
                    basis: art. 1
                """),
            TempCalendars.Index + "\nparameters:\n  chiusura-votazione: { label: Chiusura, kind: time }\n");

        if (message is null)
        {
            var point = Assert.Single(Assert.Single(dir.Load().Rules).Variants).End;
            Assert.True(point.Parameter == "chiusura-votazione" || point.WorkingDays == -3);
        }
        else
        {
            Assert.Contains(message, Assert.Single(Assert.Throws<CalendarLoadException>(dir.Load).Errors).Message);
        }
    }

    [Theory]
    [InlineData("x: { label: X, kind: hour }", "tipo sconosciuto \"hour\" (ammessi: time, date-time, choice)")]
    [InlineData("x: { kind: time }", "manca \"label\"")]
    [InlineData("x: { label: X, kind: time, window: { from-day: 0, to-day: 1 } }", "window vale solo con kind: date-time")]
    [InlineData("x: { label: X, kind: date-time, window: { from-day: 2, to-day: 1 } }", "to-day precede from-day")]
    [InlineData("Bad_Id: { label: X, kind: time }", "identificativo non valido")]
    public void Load_BadParameterDefinition_IsRefused(string definition, string message)
    {
        using var dir = new TempCalendars(TempCalendars.RulesFile("  - id: a\n    title: A\n    actor: sindaco\n    kind: scadenza\n    due: { day: -1 }\n    basis: art. 1\n"),
            TempCalendars.Index + "\nparameters:\n  " + definition + "\n");

        var error = Assert.Single(Assert.Throws<CalendarLoadException>(dir.Load).Errors);

        Assert.Equal("index.yaml", error.File);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Load_Parameters_AreExposedWithLabelKindAndWindow()
    {
        using var dir = new TempCalendars(TempCalendars.RulesFile("  - id: a\n    title: A\n    actor: sindaco\n    kind: scadenza\n    due: { day: -1 }\n    basis: art. 1\n"),
            TempCalendars.Index + "\nparameters:\n  inizio-scrutinio: { label: \"Inizio dello scrutinio\", kind: date-time, window: { from-day: 0, to-day: 3 } }\n");

        var parameter = dir.Load().Parameters["inizio-scrutinio"];

        Assert.Equal(new ParameterDefinition("inizio-scrutinio", "Inizio dello scrutinio", ParameterKind.DateTime, new ParameterWindow(0, 3)), parameter);
    }

    [Theory]
    [InlineData("{ region: Atlantide, limit: 10000, basis: x }", "regione sconosciuta \"Atlantide\"")]
    [InlineData("{ region: Sicilia, basis: x }", "manca \"limit\"")]
    [InlineData("{ region: Sicilia, limit: 10000 }", "manca \"basis\"")]
    [InlineData("{ region: Sicilia, limit: 10000, basis: x, valid: { from: 2017-01-01, to: 2016-01-01 } }", "la data \"to\" precede \"from\"")]
    [InlineData("{ region: Trentino-Alto Adige, province: Trento, limit: 3000, basis: x }", "sigla di provincia")]
    public void Load_BadScopedThreshold_IsRefused(string entry, string message)
    {
        using var dir = new TempCalendars(TempCalendars.RulesFile("  - id: a\n    title: A\n    actor: sindaco\n    kind: scadenza\n    due: { day: -1 }\n    basis: art. 1\n"),
            TempCalendars.Index + "\npopulation-threshold:\n  default: 15000\n  by-scope:\n    - " + entry + "\n");

        var error = Assert.Single(Assert.Throws<CalendarLoadException>(dir.Load).Errors);

        Assert.Equal("index.yaml", error.File);
        Assert.Contains(message, error.Message);
    }
}
