using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Serialization;
using Scadenzario.Data.Tests.Support;
using Scadenzario.Jobs.Mail;

namespace Scadenzario.Jobs.Tests.Support;

/// <summary>One message as the SMTP server received it.</summary>
public sealed record ReceivedMail(string To, string Subject, string Text, string Html, string? MessageId, string? AutoSubmitted = null);

/// <summary>
/// A real SMTP server for the tests: maildev (npm, tools/mail), started on free loopback ports for
/// one test class, read back through its REST API, stopped at the end. Installed with
/// <c>npm ci</c> when missing. Can be stopped and started again on the same port, for the tests of
/// a server that is down for a while. With <c>tls</c> it speaks TLS from the first byte (as on port
/// 465) with a self-signed certificate made by openssl for the run, and requires the login
/// <see cref="User"/>/<see cref="Password"/>.
/// </summary>
public sealed class MailCatcher(bool tls = false) : IAsyncLifetime
{
    public const string User = "scadenzario";
    public const string Password = "segreta-di-prova";

    private static readonly Lock InstallLock = new();
    private static readonly string ToolDirectory = Path.Combine(PostgresServer.RepositoryRoot, "tools", "mail");
    private readonly HttpClient http = new();
    private Process? process;
    private string? certificateDirectory;

    public int SmtpPort { get; private set; }

    public int WebPort { get; private set; }

    /// <summary>The PEM certificate the TLS server presents (null without TLS).</summary>
    public string? CertificateFile => certificateDirectory is null ? null : Path.Combine(certificateDirectory, "cert.pem");

    public MailOptions Options => tls
        ? new() { Host = "127.0.0.1", Port = SmtpPort, From = "scadenzario@test.local", Timeout = TimeSpan.FromSeconds(10), Security = MailSecurity.Tls, User = User, Password = Password, CertificateFile = CertificateFile }
        : new() { Host = "127.0.0.1", Port = SmtpPort, From = "scadenzario@test.local", Timeout = TimeSpan.FromSeconds(10) };

    public async Task InitializeAsync()
    {
        EnsureInstalled();
        if (tls)
        {
            certificateDirectory = Directory.CreateTempSubdirectory("maildev-tls-").FullName;
            SelfSignedCertificate(certificateDirectory);
        }

        (SmtpPort, WebPort) = TwoFreePorts();
        await StartAsync();
    }

    public async Task DisposeAsync()
    {
        await StopAsync();
        http.Dispose();
        if (certificateDirectory is not null)
        {
            Directory.Delete(certificateDirectory, recursive: true);
        }
    }

    public async Task StartAsync()
    {
        var script = Path.Combine(ToolDirectory, "node_modules", "maildev", "bin", "maildev");
        List<string> arguments = [script, "--smtp", $"{SmtpPort}", "--web", $"{WebPort}", "--ip", "127.0.0.1", "--web-ip", "127.0.0.1", "--silent"];
        if (certificateDirectory is not null)
        {
            // maildev 2 lets the error of a client that hangs up before the TLS handshake ends
            // escape and exit the process (a readiness probe, a client refusing the certificate);
            // a real server goes on serving the others, so the test server is made to as well.
            arguments.InsertRange(0, ["-e", "process.on('uncaughtException', e => console.error(e)); require(process.argv[1]);"]);
            arguments.AddRange(["--incoming-secure", "--incoming-cert", CertificateFile!, "--incoming-key", Path.Combine(certificateDirectory, "key.pem"),
                "--incoming-user", User, "--incoming-pass", Password]);
        }

        process = Process.Start(new ProcessStartInfo("node", arguments)
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
            m.Headers is { } h && h.TryGetValue("message-id", out var id) ? id?.ToString() : null,
            m.Headers is { } a && a.TryGetValue("auto-submitted", out var auto) ? auto?.ToString() : null)))];
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

    /// <summary>A key and a self-signed certificate for 127.0.0.1, valid for a day.</summary>
    private static void SelfSignedCertificate(string directory)
    {
        using var openssl = Process.Start(new ProcessStartInfo("openssl",
            ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=scadenzario-test-smtp",
             "-addext", "subjectAltName=IP:127.0.0.1,DNS:localhost",
             "-keyout", Path.Combine(directory, "key.pem"), "-out", Path.Combine(directory, "cert.pem")])
        {
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("openssl not found: apt-get install openssl");
        var error = openssl.StandardError.ReadToEnd();
        openssl.WaitForExit();
        if (openssl.ExitCode != 0)
        {
            throw new InvalidOperationException($"openssl could not make the test certificate: {error}");
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
