using NetArchTest.Rules;

namespace Scadenzario.Architecture.Tests;

/// <summary>The boundaries hold in the real assemblies.</summary>
public sealed class BoundaryTests
{
    [Theory]
    [MemberData(nameof(Boundaries.All), MemberType = typeof(Boundaries))]
    public void Assembly_KeepsItsBoundary(Boundary boundary)
    {
        // Vacuous if the box had no types: the rule must have looked at something.
        Assert.NotEmpty(Types.InAssembly(boundary.Box).That().ResideInNamespace(boundary.Namespace).GetTypes());

        var result = boundary.Check();

        Assert.True(result.IsSuccessful, $"{boundary.Name}: broken by {string.Join(", ", result.FailingTypeNames ?? [])}");
    }
}
