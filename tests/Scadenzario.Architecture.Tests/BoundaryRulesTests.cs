using NetArchTest.Rules;

namespace Scadenzario.Architecture.Tests;

/// <summary>
/// Each rule of <see cref="Boundaries"/> fails on types that break it (the <c>Violations</c>
/// namespaces of this assembly) and passes on types that do not: the boundary tests cannot pass
/// because a rule looks at nothing or forbids nothing.
/// </summary>
public sealed class BoundaryRulesTests
{
    private const string Violations = "Scadenzario.Architecture.Tests.Violations";

    public static TheoryData<Boundary, string[]> BrokenBy => new()
    {
        { Boundaries.Engine, ["UsesTheDatabase", "UsesData"] },
        { Boundaries.Elezioni, ["ThrowsDataRefusal"] },
        { Boundaries.Data, ["ReadsWebOptions", "UsesJobs"] },
        { Boundaries.Jobs, ["UsesWeb"] },
        { Boundaries.WebWithoutSql, ["WritesSql"] },
    };

    [Theory]
    [MemberData(nameof(BrokenBy))]
    public void Rule_OnTypesThatBreakIt_FailsNamingEachOne(Boundary boundary, string[] offenders)
    {
        var ns = $"{Violations}.{Key(boundary)}";

        var result = boundary.Check(Types.InAssembly(typeof(BoundaryRulesTests).Assembly).That().ResideInNamespace(ns), ns);

        Assert.False(result.IsSuccessful);
        Assert.Equal(offenders.Select(o => $"{ns}.{o}").Order(StringComparer.Ordinal), (result.FailingTypeNames ?? []).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EngineRule_OnTypesUsingOnlyNodaTimeAndTheBcl_Passes()
    {
        var ns = $"{Violations}.EngineClean";

        var result = Boundaries.Engine.Check(Types.InAssembly(typeof(BoundaryRulesTests).Assembly).That().ResideInNamespace(ns), ns);

        Assert.True(result.IsSuccessful, string.Join(", ", result.FailingTypeNames ?? []));
    }

    [Theory]
    [MemberData(nameof(Boundaries.All), MemberType = typeof(Boundaries))]
    public void Rule_OnTypesUsingNothingForbidden_Passes(Boundary boundary)
    {
        var ns = $"{Violations}.Clean";

        var result = boundary.Check(Types.InAssembly(typeof(BoundaryRulesTests).Assembly).That().ResideInNamespace(ns), ns);

        Assert.True(result.IsSuccessful, $"{boundary.Name}: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    private static string Key(Boundary boundary) =>
        boundary == Boundaries.Engine ? "Engine"
        : boundary == Boundaries.Elezioni ? "Elezioni"
        : boundary == Boundaries.Data ? "Data"
        : boundary == Boundaries.Jobs ? "Jobs"
        : "WebWithoutSql";
}
