using Microsoft.Extensions.Configuration;

namespace Scadenzario.Jobs;

/// <summary>
/// What the jobs need besides the database and SMTP: where the web pages are (configuration key
/// <c>Web:BaseUrl</c>) and the outbox's delivery policy (section <c>Outbox</c>).
/// </summary>
public sealed record JobsOptions
{
    public Uri WebBaseUrl { get; init; } = new("http://localhost:5080/");

    /// <summary>Delivery attempts before a message is marked failed for good.</summary>
    public int MaxAttempts { get; init; } = 8;

    /// <summary>The wait after the first failed attempt; it doubles at each further failure.</summary>
    public TimeSpan FirstRetryDelay { get; init; } = TimeSpan.FromMinutes(1);

    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromHours(2);

    /// <summary>
    /// How long a sender owns the messages it claimed. A node that dies mid-send loses them when the
    /// lease ends and another node sends them; so it must be longer than a batch takes to send.
    /// </summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Messages claimed per round trip to the database.</summary>
    public int BatchSize { get; init; } = 50;

    public string TaskUrl(long id) => new Uri(WebBaseUrl, $"adempimenti/{id}").ToString();

    public static JobsOptions FromConfiguration(IConfiguration configuration)
    {
        var defaults = new JobsOptions();
        var outbox = configuration.GetSection("Outbox");
        var baseUrl = configuration["Web:BaseUrl"] is { Length: > 0 } url ? url : defaults.WebBaseUrl.ToString();
        return new JobsOptions
        {
            // A base without the trailing slash would drop its last segment when the task path is appended.
            WebBaseUrl = new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/"),
            MaxAttempts = Mail.MailOptions.Int(outbox["MaxAttempts"], "Outbox:MaxAttempts") ?? defaults.MaxAttempts,
            FirstRetryDelay = Mail.MailOptions.Int(outbox["FirstRetrySeconds"], "Outbox:FirstRetrySeconds") is { } first ? TimeSpan.FromSeconds(first) : defaults.FirstRetryDelay,
            Lease = Mail.MailOptions.Int(outbox["LeaseSeconds"], "Outbox:LeaseSeconds") is { } lease ? TimeSpan.FromSeconds(lease) : defaults.Lease,
            BatchSize = Mail.MailOptions.Int(outbox["BatchSize"], "Outbox:BatchSize") ?? defaults.BatchSize,
        };
    }
}
