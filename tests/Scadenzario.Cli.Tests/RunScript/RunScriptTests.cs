using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Scadenzario.Data.Tests.Support;

namespace Scadenzario.Cli.Tests.RunScript;

/// <summary>
/// The README's CLI examples while <c>./run.sh</c> serves: a second <c>./run.sh ARGS</c> uses the
/// PostgreSQL and the mail catcher the first one started (it used to fail with pg_ctl's English
/// complaint about <c>postmaster.pid</c>), prints only JSON on stdout for <c>--format json</c>,
/// and leaves the servers to the first one, which stops them on SIGTERM. The real script, the
/// real PostgreSQL and maildev, in a local folder of the test's own. Under ./test.sh, which has
/// just built the solution, SCADENZARIO_SKIP_BUILD (inherited) spares run.sh a second build while
/// the other test projects run; run alone, the script builds as it always does.
/// </summary>
public sealed class RunScriptTests : IDisposable
{
    private static readonly TimeSpan StartupLimit = TimeSpan.FromMinutes(10);

    private readonly string _local;
    private readonly string _webUrl;
    private Process? _serving;
    private readonly StringBuilder _servingOutput = new();

    public RunScriptTests()
    {
        // Under a world-traversable folder: as root, postgres.sh runs the cluster as 'postgres'.
        _local = Path.Combine(Path.GetTempPath(), "scadenzario-runsh-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_local);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(_local, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        }
        _webUrl = $"http://127.0.0.1:{FreePort()}";
    }

    [Fact]
    public async Task A_command_while_run_sh_serves_uses_its_servers_and_prints_only_json()
    {
        _serving = Start([]);
        await WaitUntilServing();

        var calendar = await Run(["calendar", "--voting-days", "2014-05-25", "--consultations", "europee",
            "--population", "20000", "--format", "json"]);
        Assert.True(calendar.ExitCode == 0, calendar.Stderr);
        using (var json = JsonDocument.Parse(calendar.Stdout))
        {
            // The whole stdout is the calendar: one object per act, the europee's own among them.
            var rules = json.RootElement.EnumerateArray().Select(act => act.GetProperty("rule").GetString()).ToList();
            Assert.Contains("europee.domanda-lista-aggiunta-ue", rules);
        }

        Assert.Contains("PostgreSQL locale già avviato", calendar.Stderr);
        Assert.Contains("Posta locale (maildev) già avviata", calendar.Stderr);
        Assert.DoesNotContain("postmaster.pid", calendar.Stderr);

        // A command that needs the database: the demo's comune, Genova, has its day.
        var tasks = await Run(["tasks", "--ente", "010025"]);
        Assert.True(tasks.ExitCode == 0, tasks.Stderr);
        Assert.Contains("Genova", tasks.Stdout);

        // The second run left the servers running: the first still serves.
        Assert.True(await Answers(), "the web app stopped answering after the second ./run.sh");
        Assert.Equal(0, (await Script("postgres.sh", "running", Path.Combine(_local, "pgdata"))).ExitCode);

        // The first run stops everything it started on SIGTERM.
        await Terminate(_serving);
        Assert.Equal(1, (await Script("postgres.sh", "running", Path.Combine(_local, "pgdata"))).ExitCode);
        Assert.Equal(1, (await Script("mailcatcher.sh", "running", Path.Combine(_local, "mailcatcher"))).ExitCode);
    }

    private Process Start(string[] args)
    {
        var info = new ProcessStartInfo("bash", ["run.sh", .. args])
        {
            WorkingDirectory = PostgresServer.RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // The script's own defaults: no configured database or relay (./test.sh sets both).
        info.Environment.Remove("ConnectionStrings__Scadenzario");
        info.Environment.Remove("Mail__Host");
        info.Environment.Remove("Mail__Port");
        info.Environment["SCADENZARIO_LOCAL"] = _local;
        info.Environment["SCADENZARIO_WEB_URL"] = _webUrl;
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, e) => { lock (_servingOutput) { _servingOutput.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (_servingOutput) { _servingOutput.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private async Task WaitUntilServing()
    {
        var started = Stopwatch.StartNew();
        while (!await Answers())
        {
            if (_serving!.HasExited || started.Elapsed > StartupLimit)
            {
                string output;
                lock (_servingOutput) { output = _servingOutput.ToString(); }
                Assert.Fail($"./run.sh did not start serving on {_webUrl}:\n{output}");
            }

            await Task.Delay(500);
        }
    }

    private async Task<bool> Answers()
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            var response = await http.GetAsync(_webUrl + "/accesso");
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    private async Task<CliRun> Run(string[] args)
    {
        var info = new ProcessStartInfo("bash", ["run.sh", .. args])
        {
            WorkingDirectory = PostgresServer.RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        info.Environment.Remove("ConnectionStrings__Scadenzario");
        info.Environment.Remove("Mail__Host");
        info.Environment.Remove("Mail__Port");
        info.Environment["SCADENZARIO_LOCAL"] = _local;
        return await Complete(info);
    }

    private static async Task<CliRun> Script(string script, params string[] args)
    {
        var info = new ProcessStartInfo("bash", [Path.Combine("scripts", script), .. args])
        {
            WorkingDirectory = PostgresServer.RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        return await Complete(info);
    }

    private static async Task<CliRun> Complete(ProcessStartInfo info)
    {
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return new CliRun(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>SIGTERM, as a kill or Ctrl+C would send: the script's trap runs its cleanup.</summary>
    private static async Task Terminate(Process process)
    {
        if (process.HasExited)
        {
            return;
        }

        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString()]))
        {
            await kill.WaitForExitAsync();
        }

        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(limit.Token);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (_serving is { HasExited: false })
        {
            Terminate(_serving).GetAwaiter().GetResult();
        }

        _serving?.Dispose();
        // Whatever the outcome, no server of this test is left behind.
        Script("mailcatcher.sh", "stop", Path.Combine(_local, "mailcatcher")).GetAwaiter().GetResult();
        Script("postgres.sh", "destroy", Path.Combine(_local, "pgdata")).GetAwaiter().GetResult();
        Directory.Delete(_local, recursive: true);
    }
}
