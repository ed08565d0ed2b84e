using System.Reflection;
using NetArchTest.Rules;

namespace Scadenzario.Architecture.Tests;

/// <summary>
/// One boundary of docs/architecture.md ("dependencies point inwards"): the types of a box and what
/// they must not use, or the only things they may use. <see cref="Check"/> runs it over any set of
/// types, so the same rule is tried on the real assembly and on types written to break it.
/// </summary>
public sealed record Boundary(string Name, Assembly Box, string Namespace, string[]? Forbidden = null, string[]? OnlyAllowed = null)
{
    public TestResult Check() => Check(Types.InAssembly(Box).That().ResideInNamespace(Namespace), Namespace);

    /// <summary>The rule over <paramref name="types"/>, whose own namespace is <paramref name="ownNamespace"/>.</summary>
    public TestResult Check(PredicateList types, string ownNamespace) => OnlyAllowed is { } allowed
        ? types.Should().OnlyHaveDependenciesOn([ownNamespace, .. allowed]).GetResult()
        : types.Should().NotHaveDependencyOnAny(Forbidden ?? []).GetResult();

    public override string ToString() => Name;
}

public static class Boundaries
{
    /// <summary>
    /// What the runtime and the compiler put into every assembly: the BCL's namespaces, the
    /// compiler's attributes (Microsoft.CodeAnalysis.EmbeddedAttribute) and its generated types.
    /// </summary>
    private static readonly string[] Runtime = ["System", "Microsoft.CodeAnalysis", "<"];

    /// <summary>The engine knows nothing of databases, web or email: NodaTime, YamlDotNet and the BCL only.</summary>
    public static readonly Boundary Engine = new(
        "engine uses only NodaTime, YamlDotNet and the BCL", typeof(Calendars.CalendarSet).Assembly, "Scadenzario.Calendars",
        OnlyAllowed: ["NodaTime", "YamlDotNet", .. Runtime]);

    public static readonly Boundary Elezioni = new(
        "second-level elections know nothing of Data, Jobs, Web or a database", typeof(Elezioni.Scrutinio.ScrutinioFascia).Assembly, "Scadenzario.Elezioni",
        Forbidden: ["Scadenzario.Data", "Scadenzario.Jobs", "Scadenzario.Web", "Scadenzario.Cli", "Npgsql", "Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore"]);

    public static readonly Boundary Data = new(
        "Data knows nothing of Web, Jobs or the CLI", typeof(Data.Database).Assembly, "Scadenzario.Data",
        Forbidden: ["Scadenzario.Web", "Scadenzario.Jobs", "Scadenzario.Cli", "Microsoft.AspNetCore.Mvc", "Microsoft.AspNetCore.Http"]);

    public static readonly Boundary Jobs = new(
        "Jobs knows nothing of the web pages or the CLI", typeof(Jobs.JobsOptions).Assembly, "Scadenzario.Jobs",
        Forbidden: ["Scadenzario.Web", "Scadenzario.Cli", "Microsoft.AspNetCore.Mvc"]);

    /// <summary>
    /// The web holds no SQL text: it asks Data's queries and services. Writing SQL in .NET means a
    /// command (Npgsql's or ADO.NET's), a batch, a COPY, or EF Core's raw-SQL extensions; none of
    /// them may appear in a type of the web.
    /// </summary>
    public static readonly Boundary WebWithoutSql = new(
        "the web holds no SQL text", typeof(Web.Infrastructure.WebServices).Assembly, "Scadenzario.Web",
        Forbidden:
        [
            "Npgsql.NpgsqlCommand", "Npgsql.NpgsqlBatch", "Npgsql.NpgsqlBinaryImporter", "Npgsql.NpgsqlBinaryExporter",
            "System.Data.Common.DbCommand", "System.Data.IDbCommand",
            "Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions", "Microsoft.EntityFrameworkCore.RelationalQueryableExtensions",
        ]);

    public static TheoryData<Boundary> All => [Engine, Elezioni, Data, Jobs, WebWithoutSql];
}
