using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Scadenzario.Web.Features.Account;

/// <summary>
/// How fast logins may be tried (configuration section <c>Login</c>). Two limits, both sliding
/// windows and neither a lockout: the attempts from one address (whatever the names typed), and
/// the failures of one name from one address. The second is what keeps a guesser off an account
/// while its owner, from another address, still signs in: no stranger can keep an office out.
/// </summary>
public sealed record LoginLimits
{
    /// <summary>Login attempts (page and API) from one address per <see cref="AddressWindow"/>; an office behind one NAT address shares them.</summary>
    public int AttemptsPerAddress { get; init; } = 30;

    public TimeSpan AddressWindow { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Failed logins of one name from one address per <see cref="AccountWindow"/>.</summary>
    public int FailuresPerAccount { get; init; } = 5;

    public TimeSpan AccountWindow { get; init; } = TimeSpan.FromMinutes(15);

    public static LoginLimits FromConfiguration(IConfiguration configuration)
    {
        var section = configuration.GetSection("Login");
        var defaults = new LoginLimits();
        return new LoginLimits
        {
            AttemptsPerAddress = Positive(section, "AttemptsPerAddress") ?? defaults.AttemptsPerAddress,
            AddressWindow = Positive(section, "AddressWindowSeconds") is { } a ? TimeSpan.FromSeconds(a) : defaults.AddressWindow,
            FailuresPerAccount = Positive(section, "FailuresPerAccount") ?? defaults.FailuresPerAccount,
            AccountWindow = Positive(section, "AccountWindowSeconds") is { } b ? TimeSpan.FromSeconds(b) : defaults.AccountWindow,
        };
    }

    private static int? Positive(IConfiguration section, string key) => section[key] switch
    {
        null or "" => null,
        var text when int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 => value,
        var text => throw new InvalidOperationException($"Login:{key} deve essere un intero positivo, non «{text}»."),
    };
}

/// <summary>
/// The two login limits. The one per address is ASP.NET Core's rate-limiting middleware (it refuses
/// before any password is hashed); the one per name and address counts failures only, so it is
/// kept here and asked by the sign-in. Both live in each node's memory: behind a load balancer
/// with N nodes a guesser gets N times the attempts, still far too few for a generated password.
/// </summary>
public sealed class LoginThrottle(LoginLimits limits) : IDisposable
{
    public const string PageMessage = "Troppi tentativi di accesso da questo indirizzo in pochi minuti. Attendere qualche minuto e riprovare; da un'altra postazione si può accedere normalmente.";

    private readonly PartitionedRateLimiter<string> failures = PartitionedRateLimiter.Create<string, string>(key =>
        RateLimitPartition.GetSlidingWindowLimiter(key, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = limits.FailuresPerAccount,
            Window = limits.AccountWindow,
            SegmentsPerWindow = 5,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));

    /// <summary>Whether the name may be tried from the address: false once it failed too often from there.</summary>
    public bool MayTry(string userName, IPAddress? address) =>
        failures.GetStatistics(Key(userName, address)) is not { CurrentAvailablePermits: <= 0 };

    public void RecordFailure(string userName, IPAddress? address)
    {
        using var lease = failures.AttemptAcquire(Key(userName, address));
    }

    /// <summary>
    /// How many more failures of the name from the address are allowed before the pause. Names are
    /// counted whether or not an account has them, so the figure tells nothing of which accounts exist.
    /// </summary>
    public int Remaining(string userName, IPAddress? address) =>
        (int)Math.Max(0, failures.GetStatistics(Key(userName, address))?.CurrentAvailablePermits ?? limits.FailuresPerAccount);

    /// <summary>
    /// The warning after a failure, from the last two allowed ones on ("Restano 2 tentativi…"); null
    /// before. The pause lasts at most the window: the oldest failure leaves it by then.
    /// </summary>
    public string? Warning(string userName, IPAddress? address)
    {
        var minutes = Math.Max(1, (int)Math.Ceiling(limits.AccountWindow.TotalMinutes));
        var pause = minutes == 1 ? "un minuto" : $"{minutes} minuti";
        return Remaining(userName, address) switch
        {
            0 => $"Tentativi esauriti per questo nome utente da questa postazione: attendere {pause} prima di riprovare, oppure chiedere una nuova password con «Password dimenticata?».",
            1 => $"Resta 1 tentativo per questo nome utente da questa postazione prima di una pausa di {pause}.",
            2 => $"Restano 2 tentativi per questo nome utente da questa postazione prima di una pausa di {pause}.",
            _ => null,
        };
    }

    public void Dispose() => failures.Dispose();

    /// <summary>The limit on attempts per address, for every POST to the login page and the API's login.</summary>
    public static void Configure(RateLimiterOptions options, LoginLimits limits)
    {
        options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            IsLogin(context.Request)
                ? RateLimitPartition.GetSlidingWindowLimiter(AddressKey(context.Connection.RemoteIpAddress), _ => new SlidingWindowRateLimiterOptions
                {
                    PermitLimit = limits.AttemptsPerAddress,
                    Window = limits.AddressWindow,
                    SegmentsPerWindow = 5,
                    QueueLimit = 0,
                    AutoReplenishment = true,
                })
                : RateLimitPartition.GetNoLimiter(""));
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.OnRejected = (context, cancellationToken) => RefuseAsync(context.HttpContext, limits.AddressWindow, cancellationToken);
    }

    /// <summary>The Italian answer to a throttled attempt: a problem document for the API, a page otherwise.</summary>
    public static async ValueTask RefuseAsync(HttpContext context, TimeSpan window, CancellationToken cancellationToken)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = ((int)window.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            await Results.Problem(PageMessage, statusCode: StatusCodes.Status429TooManyRequests, title: "Troppi tentativi di accesso").ExecuteAsync(context);
            return;
        }

        response.ContentType = "text/html; charset=utf-8";
        await response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="it">
            <head><meta charset="utf-8"><title>Troppi tentativi di accesso – Scadenzario</title></head>
            <body>
            <main>
            <h1>Troppi tentativi di accesso</h1>
            <p id="errore-accesso">{PageMessage}</p>
            <p><a href="/accesso">Torna alla pagina di accesso</a></p>
            </main>
            </body>
            </html>
            """, cancellationToken);
    }

    // The requests and uses of a password link count as logins: a stranger gets no more tries, nor a way to flood mailboxes.
    private static readonly string[] LoginPaths = ["/accesso", "/api/accesso", "/accesso/recupero", "/accesso/reimposta"];

    private static bool IsLogin(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && LoginPaths.Any(p => request.Path.Equals(p, StringComparison.OrdinalIgnoreCase));

    private static string AddressKey(IPAddress? address) => address?.ToString() ?? "sconosciuto";

    // Names are compared as Identity compares them (case-insensitively), so «Op.Genova» is no way around the limit.
    private static string Key(string userName, IPAddress? address) => AddressKey(address) + "\n" + userName.Trim().ToUpperInvariant();
}
