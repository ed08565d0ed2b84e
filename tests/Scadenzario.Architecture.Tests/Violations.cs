// Types written to break each boundary, and one clean type per boundary: the rules are tried on
// them (BoundaryRulesTests) to prove that each rule fails when a dependency points the wrong way,
// and passes when none does. Nothing else uses them.
#pragma warning disable CA1812 // never instantiated: they exist to be inspected

namespace Scadenzario.Architecture.Tests.Violations.Engine
{
    internal sealed class UsesTheDatabase
    {
        public Npgsql.NpgsqlDataSource? DataSource { get; init; }
    }

    internal sealed class UsesData
    {
        public Scadenzario.Data.Model.Adempimento? Task { get; init; }
    }
}

namespace Scadenzario.Architecture.Tests.Violations.EngineClean
{
    internal sealed class UsesNodaTimeOnly
    {
        public NodaTime.LocalDate Day { get; init; }

        public IReadOnlyList<string> Names { get; init; } = [];
    }
}

namespace Scadenzario.Architecture.Tests.Violations.Elezioni
{
    internal sealed class ThrowsDataRefusal
    {
        public static Exception Refuse() => new Scadenzario.Data.InvalidInputException("no");
    }
}

namespace Scadenzario.Architecture.Tests.Violations.Data
{
    // A constant would be inlined and leave no reference: the call does.
    internal sealed class ReadsWebOptions
    {
        public static (string Title, string Detail) Problem(int status) => Scadenzario.Web.Api.ApiProblems.Describe(status);
    }

    internal sealed class UsesJobs
    {
        public Scadenzario.Jobs.JobsOptions? Options { get; init; }
    }
}

namespace Scadenzario.Architecture.Tests.Violations.Jobs
{
    internal sealed class UsesWeb
    {
        public static Type Services => typeof(Scadenzario.Web.Infrastructure.WebServices);
    }
}

namespace Scadenzario.Architecture.Tests.Violations.WebWithoutSql
{
    internal sealed class WritesSql
    {
        public static async Task<long> CountAsync(Npgsql.NpgsqlDataSource dataSource)
        {
            await using var command = dataSource.CreateCommand("SELECT count(*) FROM adempimento_vista");
            return (long)(await command.ExecuteScalarAsync())!;
        }
    }
}

namespace Scadenzario.Architecture.Tests.Violations.Clean
{
    /// <summary>Uses what every box may use: the rules that forbid must pass on it.</summary>
    internal sealed class UsesNothingForbidden
    {
        public NodaTime.Instant At { get; init; }

        public static string Label(int count) => count.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
