using System.Diagnostics;
using Npgsql;

namespace Scadenzario.Data.Tests.Support;

/// <summary>
/// The real PostgreSQL the integration tests run against: the server of
/// <c>ConnectionStrings__Scadenzario</c> when set (./test.sh starts a throw-away cluster and sets
/// it), otherwise a cluster this test run starts itself with scripts/postgres.sh and stops at exit.
/// </summary>
public static class PostgresServer
{
    private static readonly Lazy<string> Admin = new(Start);

    /// <summary>A connection string to the server's maintenance database.</summary>
    public static string AdminConnectionString => Admin.Value;

    public static string RepositoryRoot { get; } = FindRoot();

    private static string Start()
    {
        if (Environment.GetEnvironmentVariable("ConnectionStrings__Scadenzario") is { Length: > 0 } configured)
        {
            return new NpgsqlConnectionStringBuilder(configured) { Database = "postgres", Pooling = false }.ConnectionString;
        }

        var directory = Path.Combine(Path.GetTempPath(), "scadenzario-tests-" + Guid.NewGuid().ToString("N"));
        var connection = RunScript("start", directory);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => RunScript("destroy", directory);
        return new NpgsqlConnectionStringBuilder(connection) { Database = "postgres", Pooling = false }.ConnectionString;
    }

    private static string RunScript(string verb, string directory)
    {
        var script = Path.Combine(RepositoryRoot, "scripts", "postgres.sh");
        using var process = Process.Start(new ProcessStartInfo("bash", [script, verb, directory])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"scripts/postgres.sh {verb} failed: {error}");
        }

        return output.Trim().Split('\n')[^1];
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Scadenzario.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Scadenzario.sln not found above " + AppContext.BaseDirectory);
    }
}
