using System.Text.Json;
using Scadenzario.Calendars.Loading;
using Scadenzario.Calendars.Rules;
using Scadenzario.Calendars.Tests.Support;

namespace Scadenzario.Calendars.Tests.Loading;

/// <summary>calendars/schema.json, which editors use, accepts exactly the keys the loader accepts.</summary>
public class SchemaTests
{
    private static readonly JsonElement Root = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryCalendars.Directory, "schema.json"))).RootElement;

    private static readonly JsonElement Defs = Root.GetProperty("$defs");

    [Fact]
    public void FileProperties_MatchTheLoader() =>
        Assert.Equal(CalendarLoader.ScopedFileKeys.Union(CalendarLoader.FileKeys).Order(), Root.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order());

    [Fact]
    public void KeysOnlyScopedFilesTake_AreRefusedWithoutScope() =>
        Assert.Equal(
            CalendarLoader.ScopedFileKeys.Except(CalendarLoader.FileKeys).Except(["scope"]).Order(),
            Root.GetProperty("else").GetProperty("not").GetProperty("anyOf").EnumerateArray().Select(e => e.GetProperty("required")[0].GetString()).Order());

    [Fact]
    public void RuleProperties_MatchTheLoader() => AssertKeys("rule", RuleReader.RuleKeys);

    [Fact]
    public void PointProperties_MatchTheLoader() => AssertKeys("point", RuleReader.PointKeys);

    [Fact]
    public void ConditionProperties_MatchTheLoader() => AssertKeys("conditions", RuleReader.ConditionKeys);

    [Fact]
    public void VariantProperties_MatchTheLoader() =>
        Assert.Equal(
            RuleReader.VariantKeys.Order(),
            Defs.GetProperty("rule").GetProperty("properties").GetProperty("variants").GetProperty("items")
                .GetProperty("properties").EnumerateObject().Select(p => p.Name).Order());

    [Fact]
    public void ActorProperties_MatchTheLoader()
    {
        var actor = Defs.GetProperty("actor");
        Assert.Equal(CalendarLoader.ActorKeys.Order(), actor.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal(ActorOwners.All, actor.GetProperty("properties").GetProperty("owner").GetProperty("enum").EnumerateArray().Select(e => e.GetString()!));
    }

    private static void AssertKeys(string definition, IEnumerable<string> loaderKeys) =>
        Assert.Equal(loaderKeys.Order(), Defs.GetProperty(definition).GetProperty("properties").EnumerateObject().Select(p => p.Name).Order());
}
