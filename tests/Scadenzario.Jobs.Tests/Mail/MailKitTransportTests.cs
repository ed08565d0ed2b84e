using Scadenzario.Jobs.Mail;
using Scadenzario.Jobs.Tests.Support;

namespace Scadenzario.Jobs.Tests.Mail;

/// <summary>
/// MailKit against a real SMTP server that wants TLS from the first byte (as the PEC providers on
/// port 465) and a login: maildev with a self-signed certificate made for the run.
/// </summary>
public sealed class MailKitTransportTests : IAsyncLifetime
{
    private readonly MailCatcher server = new(tls: true);

    public Task InitializeAsync() => server.InitializeAsync();

    public Task DisposeAsync() => server.DisposeAsync();

    [Fact]
    public async Task Send_ImplicitTlsWithLoginAndTrustedSelfSignedCertificate_DeliversWithTheGivenMessageId()
    {
        var answer = await new MailKitTransport(server.Options).SendAsync(
            new OutgoingMail("elettorale@comune.genova.it", "Scadenze elettorali – 10 maggio: già scadute 2", "Testo è così", "<p>Testo è così</p>", "<outbox-7@scadenzario>"),
            CancellationToken.None);

        Assert.Equal(250, answer.Status);
        Assert.StartsWith("250 ", answer.Text, StringComparison.Ordinal);
        var received = Assert.Single(await server.WaitForAsync(1, TimeSpan.FromSeconds(10)));
        Assert.Equal("elettorale@comune.genova.it", received.To);
        Assert.Equal("Scadenze elettorali – 10 maggio: già scadute 2", received.Subject);
        Assert.Equal("<outbox-7@scadenzario>", received.MessageId);
        Assert.Equal("auto-generated", received.AutoSubmitted);
        Assert.Contains("Testo è così", received.Text, StringComparison.Ordinal);
        Assert.Contains("<p>Testo è così</p>", received.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Session_SeveralMessagesOverTls_AllDeliveredOnOneSession()
    {
        await using (var session = new MailKitTransport(server.Options).Open())
        {
            for (var i = 0; i < 5; i++)
            {
                Assert.Equal(250, (await session.SendAsync(new OutgoingMail($"ufficio{i}@comune.example", $"Messaggio {i}", "t", "<p>t</p>", $"<m{i}@scadenzario>"), CancellationToken.None)).Status);
            }
        }

        var received = await server.WaitForAsync(5, TimeSpan.FromSeconds(10));
        Assert.Equal(["<m0@scadenzario>", "<m1@scadenzario>", "<m2@scadenzario>", "<m3@scadenzario>", "<m4@scadenzario>"], received.Select(m => m.MessageId).Order());
    }

    [Fact]
    public async Task Session_ServerRestartedBetweenMessages_NextMessageGoesOnANewConnection()
    {
        await using var session = new MailKitTransport(server.Options).Open();
        await session.SendAsync(new OutgoingMail("a@comune.example", "Prima", "t", "<p>t</p>", "<a@scadenzario>"), CancellationToken.None);

        // The connection the session holds dies with the server.
        await server.StopAsync();
        await server.StartAsync();
        var answer = await session.SendAsync(new OutgoingMail("b@comune.example", "Seconda", "t", "<p>t</p>", "<b@scadenzario>"), CancellationToken.None);

        Assert.Equal(250, answer.Status);
        Assert.Equal("<b@scadenzario>", Assert.Single(await server.WaitForAsync(1, TimeSpan.FromSeconds(10))).MessageId);
    }

    [Fact]
    public async Task Send_SelfSignedCertificateNotTrusted_RefusedAsTransientBeforeAnythingIsSent()
    {
        var options = server.Options with { CertificateFile = null };

        var error = await Assert.ThrowsAsync<MailDeliveryException>(() =>
            new MailKitTransport(options).SendAsync(new OutgoingMail("a@comune.example", "x", "x", "x"), CancellationToken.None));

        Assert.False(error.Permanent);
        Assert.Contains("TLS", error.Message, StringComparison.Ordinal);
        Assert.Empty(await server.MessagesAsync());
    }

    [Fact]
    public async Task Send_WrongPassword_RefusedAsTransientWith535()
    {
        var options = server.Options with { Password = "sbagliata" };

        var error = await Assert.ThrowsAsync<MailDeliveryException>(() =>
            new MailKitTransport(options).SendAsync(new OutgoingMail("a@comune.example", "x", "x", "x"), CancellationToken.None));

        Assert.False(error.Permanent);
        Assert.Equal(535, error.Status);
        Assert.Empty(await server.MessagesAsync());
    }

    [Fact]
    public async Task Send_PlainConnectionToTheTlsPort_FailsTransientlyWithinTheTimeout()
    {
        var options = server.Options with { Security = MailSecurity.None, Timeout = TimeSpan.FromSeconds(2) };

        var error = await Assert.ThrowsAsync<MailDeliveryException>(() =>
            new MailKitTransport(options).SendAsync(new OutgoingMail("a@comune.example", "x", "x", "x"), CancellationToken.None));

        Assert.False(error.Permanent);
        Assert.Null(error.Status);
    }
}
