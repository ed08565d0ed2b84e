using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using NodaTime;
using NodaTime.Testing;
using Npgsql;
using NpgsqlTypes;
using Scadenzario.Calendars;
using Scadenzario.Data.Enti;
using Scadenzario.Data.Tornate;

namespace Scadenzario.Benchmarks;

/// <summary>
/// Issue 15's comparison: the national tornata's creation (europee for every comune) against a raw
/// INSERT of the same rows, narrowed to what the issue names (tornata, ente, rule, due date and
/// instant, status), into a table with a primary key, a unique key on (tornata, ente, rule) and an
/// index on (ente, due date); and against a binary COPY of them, the fastest way rows reach a table.
/// The rows are those the creation itself writes (read back once in the global setup). Every
/// iteration starts from a fresh database with the enti imported (not measured).
/// </summary>
// One warm-up iteration each: the first creation of a process also compiles the engine's code.
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class NationalCreationAgainstRawInsertBenchmarks
{
    private static readonly LocalDate VotingDay = new(2027, 6, 6);
    private readonly FakeClock clock = new(Instant.FromUtc(2027, 1, 10, 9, 0));
    private CalendarSet calendars = null!;
    private IReadOnlyList<ComuneRow> comuni = [];
    private BenchmarkDatabase database = null!;
    private NarrowRows rows = null!;

    [GlobalSetup]
    public void Setup()
    {
        calendars = CalendarSet.Load(RepositoryPaths.Calendars);
        comuni = ComuniCsv.Read(RepositoryPaths.Comuni);
        FreshDatabase();
        var tornata = CreateAsync().GetAwaiter().GetResult();
        rows = NarrowRows.ReadAsync(database.DataSource, tornata).GetAwaiter().GetResult();
        Console.WriteLine($"// narrow rows: {rows.Count}");
        DropDatabase();
    }

    [IterationSetup]
    public void FreshDatabase()
    {
        database = BenchmarkDatabase.CreateAsync().GetAwaiter().GetResult();
        EntiImporter.ImportAsync(database.DataSource, comuni, clock).GetAwaiter().GetResult();
        NarrowRows.CreateTableAsync(database.DataSource).GetAwaiter().GetResult();
    }

    [IterationCleanup]
    public void DropDatabase() => database.DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>The baseline: one INSERT of every row, sent as arrays.</summary>
    [Benchmark(Baseline = true)]
    public Task<int> RawInsert() => rows.InsertAsync(database.DataSource);

    /// <summary>The same rows by binary COPY.</summary>
    [Benchmark]
    public Task<int> RawCopy() => rows.CopyAsync(database.DataSource);

    /// <summary>The product: the tornata created and europee added for every comune (derivation included).</summary>
    [Benchmark]
    public Task<long> CreateNationalEuropee() => CreateAsync();

    private async Task<long> CreateAsync()
    {
        var service = new TornataService(database.DataSource, calendars, clock);
        var tornata = await service.CreateAsync("Europee", [VotingDay]);
        var europee = await service.AddConsultationAsync(tornata, "europee", EntiSelection.Parse("all"), "benchmark");
        Console.WriteLine($"// adempimenti created: {europee.Created}");
        return tornata;
    }
}

/// <summary>
/// The re-synchronisation after a national postponement (every dated act of the europee moves by a
/// week, with its move and audit rows), against a raw INSERT and a COPY of as many narrow rows as
/// acts move, in the same run. The tornata is created once; iterations move it forth and back.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 3)]
public class NationalPostponementAgainstRawInsertBenchmarks
{
    private static readonly LocalDate VotingDay = new(2027, 6, 6);
    private readonly FakeClock clock = new(Instant.FromUtc(2027, 1, 10, 9, 0));
    private BenchmarkDatabase database = null!;
    private TornataService service = null!;
    private NarrowRows rows = null!;
    private long tornata;
    private int runs;

    [GlobalSetup]
    public void Setup()
    {
        database = BenchmarkDatabase.CreateAsync().GetAwaiter().GetResult();
        EntiImporter.ImportAsync(database.DataSource, ComuniCsv.Read(RepositoryPaths.Comuni), clock).GetAwaiter().GetResult();
        service = new TornataService(database.DataSource, CalendarSet.Load(RepositoryPaths.Calendars), clock);
        tornata = service.CreateAsync("Europee", [VotingDay]).GetAwaiter().GetResult();
        service.AddConsultationAsync(tornata, "europee", EntiSelection.Parse("all"), "benchmark").GetAwaiter().GetResult();
        rows = NarrowRows.ReadAsync(database.DataSource, tornata, datedOnly: true).GetAwaiter().GetResult();
        Console.WriteLine($"// narrow rows (acts that move): {rows.Count}");
    }

    [IterationSetup]
    public void EmptyNarrowTable() => NarrowRows.CreateTableAsync(database.DataSource).GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => database.DisposeAsync().AsTask().GetAwaiter().GetResult();

    [Benchmark(Baseline = true)]
    public Task<int> RawInsert() => rows.InsertAsync(database.DataSource);

    [Benchmark]
    public Task<int> RawCopy() => rows.CopyAsync(database.DataSource);

    /// <summary>Returns the acts moved.</summary>
    [Benchmark]
    public async Task<int> PostponeNationalEuropee()
    {
        var day = runs++ % 2 == 0 ? VotingDay.PlusWeeks(1) : VotingDay;
        var result = await service.PostponeAsync(tornata, [day], "decreto di rinvio", "benchmark");
        Console.WriteLine($"// enti {result.Enti}, changed {result.Changed}, moved {result.Moved}");
        return result.Moved;
    }
}

/// <summary>Narrow task rows, held in memory, and the two raw ways of writing them.</summary>
internal sealed class NarrowRows(long[] tornate, string[] enti, string[] rules, LocalDate?[] days, Instant?[] instants, string[] statuses)
{
    public int Count => tornate.Length;

    public static async Task CreateTableAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand("""
            DROP TABLE IF EXISTS narrow_task;
            CREATE TABLE narrow_task (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                tornata_id bigint NOT NULL, ente_code text NOT NULL, rule_id text NOT NULL,
                due_date date, due_at timestamptz, status text NOT NULL,
                UNIQUE (tornata_id, ente_code, rule_id));
            CREATE INDEX ON narrow_task (ente_code, due_date);
            CHECKPOINT;
            """);
        await command.ExecuteNonQueryAsync();
    }

    public static async Task<NarrowRows> ReadAsync(NpgsqlDataSource dataSource, long tornata, bool datedOnly = false)
    {
        await using var command = dataSource.CreateCommand(
            $"SELECT tornata_id, ente_code, rule_id, due_date, due_at, status FROM adempimento WHERE tornata_id = $1 {(datedOnly ? "AND due_local IS NOT NULL" : "")} ORDER BY id");
        command.Parameters.Add(new NpgsqlParameter { Value = tornata });
        var (t, e, r, d, i, s) = (new List<long>(), new List<string>(), new List<string>(), new List<LocalDate?>(), new List<Instant?>(), new List<string>());
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            t.Add(reader.GetInt64(0));
            e.Add(reader.GetString(1));
            r.Add(reader.GetString(2));
            d.Add(reader.IsDBNull(3) ? null : reader.GetFieldValue<LocalDate>(3));
            i.Add(reader.IsDBNull(4) ? null : reader.GetFieldValue<Instant>(4));
            s.Add(reader.GetString(5));
        }

        return new NarrowRows([.. t], [.. e], [.. r], [.. d], [.. i], [.. s]);
    }

    public async Task<int> InsertAsync(NpgsqlDataSource dataSource)
    {
        await using var command = dataSource.CreateCommand("""
            INSERT INTO narrow_task (tornata_id, ente_code, rule_id, due_date, due_at, status)
            SELECT * FROM unnest($1, $2, $3, $4, $5, $6)
            """);
        command.CommandTimeout = 0;
        command.Parameters.Add(new NpgsqlParameter { Value = tornate });
        command.Parameters.Add(new NpgsqlParameter { Value = enti });
        command.Parameters.Add(new NpgsqlParameter { Value = rules });
        command.Parameters.Add(new NpgsqlParameter { Value = days, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Date });
        command.Parameters.Add(new NpgsqlParameter { Value = instants, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.TimestampTz });
        command.Parameters.Add(new NpgsqlParameter { Value = statuses });
        return await command.ExecuteNonQueryAsync();
    }

    public async Task<int> CopyAsync(NpgsqlDataSource dataSource)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var copy = await connection.BeginBinaryImportAsync(
            "COPY narrow_task (tornata_id, ente_code, rule_id, due_date, due_at, status) FROM STDIN (FORMAT BINARY)");
        for (var k = 0; k < tornate.Length; k++)
        {
            copy.StartRow();
            copy.Write(tornate[k], NpgsqlDbType.Bigint);
            copy.Write(enti[k], NpgsqlDbType.Text);
            copy.Write(rules[k], NpgsqlDbType.Text);
            Nullable(copy, days[k], NpgsqlDbType.Date);
            Nullable(copy, instants[k], NpgsqlDbType.TimestampTz);
            copy.Write(statuses[k], NpgsqlDbType.Text);
        }

        return (int)await copy.CompleteAsync();
    }

    private static void Nullable<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type) where T : struct
    {
        if (value is { } v)
        {
            copy.Write(v, type);
        }
        else
        {
            copy.WriteNull();
        }
    }
}
