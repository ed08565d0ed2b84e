using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Serialization;
using Scadenzario.Data.Tests.Support;
using Scadenzario.Jobs.Mail;

namespace Scadenzario.Jobs.Tests.Support;

/// <summary>One message as the SMTP server received it.</summary>
public sealed record ReceivedMail(string To, string Subject, string Text, string Html, string? MessageId);

/// <summary>
/// A real SMTP server for the tests: maildev (npm, tools/mail), started on free loopback ports for
/// one test class, read back through its REST API, stopped at the end. Installed with
/// <c>npm ci</c> when missing. Can be stopped and started again on the same port, for the tests of
/// a server that is down for a while.
/// </summary>
public sealed class MailCatcher : IAsyncLifetime
{
    private static readonly Lock InstallLock = new();
    private static readonly string ToolDirectory = Path.Combine(PostgresServer.RepositoryRoot, "tools", "mail");
    private readonly HttpClient http = new();
    private Process? process;

    public int SmtpPort { get; private set; }

    public int WebPort { get; private set; }

    public MailOptions Options => new() { Host = "127.0.0.1", Port = SmtpPort, From = "scadenzario@test.local", Timeout = TimeSpan.FromSeconds(10) };

    public async Task InitializeAsync()
    {
        EnsureInstalled();
        (SmtpPort, WebPort) = TwoFreePorts();
        await StartAsync();
    }

    public async Task DisposeAsync()
    {
        await StopAsync();
        http.Dispose();
    }

    public async Task StartAsync()
    {
        var script = Path.Combine(ToolDirectory, "node_modules", "maildev", "bin", "maildev");
        process = Process.Start(new ProcessStartInfo("node",
            [script, "--smtp", $"{SmtpPort}", "--web", $"{WebPort}", "--ip", "127.0.0.1", "--web-ip", "127.0.0.1", "--silent"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("could not start maildev");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var waited = Stopwatch.StartNew();
        while (!(await Listening(SmtpPort) && await Listening(WebPort)))
        {
            if (process.HasExited || waited.Elapsed > TimeSpan.FromSeconds(30))
            {
                throw new InvalidOperationException($"maildev did not start on ports {SmtpPort}/{WebPort}");
            }

            await Task.Delay(100);
        }
    }

    public async Task StopAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process?.Dispose();
        process = null;
    }

    public async Task<IReadOnlyList<ReceivedMail>> MessagesAsync()
    {
        var raw = await http.GetFromJsonAsync<List<MaildevMail>>($"http://127.0.0.1:{WebPort}/email") ?? [];
        return [.. raw.SelectMany(m => m.To.Select(to => new ReceivedMail(
            to.Address, m.Subject, m.Text ?? "", m.Html ?? "",
            m.Headers is { } h && h.TryGetValue("message-id", out var id) ? id?.ToString() : null)))];
    }

    /// <summary>Waits until at least <paramref name="count"/> messages arrived (the sender runs in the background in some tests).</summary>
    public async Task<IReadOnlyList<ReceivedMail>> WaitForAsync(int count, TimeSpan timeout)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            var messages = await MessagesAsync();
            if (messages.Count >= count || waited.Elapsed > timeout)
            {
                return messages;
            }

            await Task.Delay(200);
        }
    }

    public async Task ClearAsync() => (await http.DeleteAsync($"http://127.0.0.1:{WebPort}/email/all")).EnsureSuccessStatusCode();

    private static void EnsureInstalled()
    {
        lock (InstallLock)
        {
            if (File.Exists(Path.Combine(ToolDirectory, "node_modules", "maildev", "bin", "maildev")))
            {
                return;
            }

            using var npm = Process.Start(new ProcessStartInfo("npm", ["ci", "--no-audit", "--no-fund"]) { WorkingDirectory = ToolDirectory })
                ?? throw new InvalidOperationException("npm not found: install Node.js");
            npm.WaitForExit();
            if (npm.ExitCode != 0)
            {
                throw new InvalidOperationException("npm ci in tools/mail failed");
            }
        }
    }

    /// <summary>Two distinct free ports: both are held open until both are chosen, or the system may hand out the same one twice.</summary>
    private static (int Smtp, int Web) TwoFreePorts()
    {
        var smtp = new TcpListener(IPAddress.Loopback, 0);
        var web = new TcpListener(IPAddress.Loopback, 0);
        smtp.Start();
        web.Start();
        var ports = (((IPEndPoint)smtp.LocalEndpoint).Port, ((IPEndPoint)web.LocalEndpoint).Port);
        smtp.Stop();
        web.Stop();
        return ports;
    }

    private static async Task<bool> Listening(int port)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private sealed record MaildevAddress([property: JsonPropertyName("address")] string Address);

    private sealed record MaildevMail(
        [property: JsonPropertyName("subject")] string Subject,
        [property: JsonPropertyName("text")] string? Text,
        [property: JsonPropertyName("html")] string? Html,
        [property: JsonPropertyName("to")] List<MaildevAddress> To,
        [property: JsonPropertyName("headers")] Dictionary<string, object?>? Headers);
}
