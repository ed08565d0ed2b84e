using Microsoft.Extensions.Configuration;

namespace Scadenzario.Jobs;

/// <summary>
/// What the jobs need besides the database and SMTP: where the web pages are (configuration key
/// <c>Web:BaseUrl</c>) and the outbox's delivery policy (section <c>Outbox</c>).
/// </summary>
public sealed record JobsOptions
{
    public Uri WebBaseUrl { get; init; } = new("http://localhost:5080/");

    /// <summary>
    /// How long a message is retried before it is marked failed for good (and told to the
    /// amministratori): 4 days from its creation or its last re-queue. A relay that stops on a
    /// Friday evening and is repaired on the Tuesday morning after a long weekend (Easter Monday,
    /// a "ponte") has been down about 87 hours; 96 hours span it with a working morning to spare,
    /// while a message older than that is not worth sending unannounced: by then the amministratore
    /// sees it on the page of the outgoing mail and decides.
    /// </summary>
    public TimeSpan GiveUpAfter { get; init; } = TimeSpan.FromDays(4);

    /// <summary>The wait after the first failed attempt; it doubles at each further failure.</summary>
    public TimeSpan FirstRetryDelay { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The cap of the doubling: at most an hour between attempts, so that a relay back at any time
    /// of a long outage is used within the hour (about 100 attempts over the 4 days, cheap).
    /// </summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How long a sender owns a message it claimed without working on it yet, and how far ahead
    /// each renewal reaches while it sends one: the lease of the message being sent is renewed
    /// every third of it, so a slow relay never lets another node take it. A node that dies loses
    /// its messages when the lease ends and another node sends them.
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
            GiveUpAfter = Mail.MailOptions.Int(outbox["GiveUpAfterHours"], "Outbox:GiveUpAfterHours") is { } hours ? TimeSpan.FromHours(hours) : defaults.GiveUpAfter,
            MaxRetryDelay = Mail.MailOptions.Int(outbox["MaxRetrySeconds"], "Outbox:MaxRetrySeconds") is { } max ? TimeSpan.FromSeconds(max) : defaults.MaxRetryDelay,
            FirstRetryDelay = Mail.MailOptions.Int(outbox["FirstRetrySeconds"], "Outbox:FirstRetrySeconds") is { } first ? TimeSpan.FromSeconds(first) : defaults.FirstRetryDelay,
            Lease = Mail.MailOptions.Int(outbox["LeaseSeconds"], "Outbox:LeaseSeconds") is { } lease ? TimeSpan.FromSeconds(lease) : defaults.Lease,
            BatchSize = Mail.MailOptions.Int(outbox["BatchSize"], "Outbox:BatchSize") ?? defaults.BatchSize,
        };
    }
}
