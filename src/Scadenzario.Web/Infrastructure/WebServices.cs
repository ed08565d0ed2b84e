using System.Net;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Scadenzario.Data;
using Scadenzario.Data.Migrations;
using Scadenzario.Documenti.Verbali;
using Scadenzario.Jobs;
using Scadenzario.Web.Features.Account;
using Scadenzario.Web.Api;
using Scadenzario.Web.Features.Adempimenti;
using Scadenzario.Web.Features.Amministrazione;
using Scadenzario.Web.Features.Feed;
using Scadenzario.Web.Features.Oggi;
using Scadenzario.Web.Features.Prefettura;

namespace Scadenzario.Web.Infrastructure;

public static class WebServices
{
    /// <summary>The account administration pages; EnteAccess decides who passes.</summary>
    public const string AmministrazionePolicy = "amministrazione";

    /// <summary>Everything the web needs but the clock, which the composition root provides.</summary>
    public static IServiceCollection AddScadenzarioWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScadenzarioData(configuration, servesPages: true);
        services.AddScadenzarioJobs(configuration);
        services.AddSingleton<Scadenzario.Data.SecondoGrado.IVerbaleRenderer, VerbaleRenderer>();
        services.AddSingleton<OverviewCache>();
        services.AddMemoryCache();
        services.AddSingleton<EnteDirectory>();
        services.AddScoped<EnteAccess>();
        services.AddScoped<FeedTokens>();
        services.AddScoped<Accounts>();
        services.AddSingleton<CronoprogrammaQuery>();
        services.AddSingleton<Features.Feed.FeedQuery>();
        services.AddSingleton<DettaglioQuery>();

        services.AddDbContext<WebDb>((provider, options) => AccountsDb.Configure(options, provider.GetRequiredService<NpgsqlDataSource>()));
        // The account administration works on the same context (and transaction) as Identity's stores.
        services.AddScoped<AccountsDb>(provider => provider.GetRequiredService<WebDb>());
        services.AddAccountUseCases();

        services.AddIdentity<WebUser, IdentityRole>(AccountServices.ConfigureIdentity)
            .AddEntityFrameworkStores<WebDb>()
            .AddClaimsPrincipalFactory<ScadenzarioClaimsFactory>()
            .AddSignInManager<LoginSignInManager>()
            .AddDefaultTokenProviders();
        services.AddSingleton<AccountSessions>();
        services.AddScoped<LoginFailures>();
        var loginLimits = LoginLimits.FromConfiguration(configuration);
        services.AddSingleton(loginLimits);
        services.AddSingleton<LoginThrottle>();
        services.AddRateLimiter(options => LoginThrottle.Configure(options, loginLimits));

        // Every request checks the session and the facts its claims are made of against the account
        // (AccountSessions); Identity's validator, which rebuilds the principal and reissues the
        // cookie, is called only when those facts have changed, and then it always refreshes.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero);

        // The keys that protect cookies, bearer tokens and anti-forgery tokens live in PostgreSQL:
        // they survive a restart and every node behind a load balancer reads the same ring. The
        // fixed application name keeps them valid whatever the install path of each node.
        services.AddDataProtection()
            .SetApplicationName("Scadenzario")
            .PersistKeysToDbContext<WebDb>();

        // Other systems call the API with a bearer token from POST /api/accesso; browsers use the cookie.
        services.AddAuthentication().AddBearerToken(IdentityConstants.BearerScheme, options =>
        {
            options.BearerTokenExpiration = TimeSpan.FromHours(1);
            options.Events.OnMessageReceived = RefuseEndedTokenAsync;
        });

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "scadenzario";
            options.Cookie.HttpOnly = true;
            // Strict: no other site can make the browser send the cookie, which also keeps the
            // JSON API (cookie-authenticated, no anti-forgery token) safe from cross-site requests.
            options.Cookie.SameSite = SameSiteMode.Strict;
            // Secure whenever the request is HTTPS, as the configured proxies report it.
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.LoginPath = "/accesso";
            options.LogoutPath = "/uscita";
            options.AccessDeniedPath = "/errore/403";
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.Events.OnRedirectToLogin = context => Deny(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => Deny(context, StatusCodes.Status403Forbidden);
            var refreshClaims = options.Events.OnValidatePrincipal;
            options.Events.OnValidatePrincipal = async context =>
            {
                var state = context.Principal is { } principal
                    ? await context.HttpContext.RequestServices.GetRequiredService<AccountSessions>().CheckAsync(principal, context.HttpContext.RequestAborted)
                    : SessionState.Ended;
                if (state == SessionState.Ended)
                {
                    context.RejectPrincipal();
                    await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                    return;
                }

                if (state == SessionState.Changed)
                {
                    await refreshClaims(context);
                }
            };
        });

        // Behind a TLS proxy: the client's address and scheme are taken from X-Forwarded-For and
        // X-Forwarded-Proto only when the request comes from a proxy the configuration names
        // (Proxy:KnownProxies, Proxy:KnownNetworks); anyone else's headers are ignored.
        services.Configure<ForwardedHeadersOptions>(options => ConfigureProxies(options, configuration));
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        // Every absolute URL (feed addresses, the acts' links in feeds and emails) starts from the
        // configured Web:BaseUrl, the one the jobs use: never from the request's Host header.
        services.AddSingleton(provider => new FeedUrls(provider.GetRequiredService<JobsOptions>().WebBaseUrl));

        // Italian text stays readable in the HTML ("venerdì", not "venerd&#xEC;"); markup is still encoded.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(options =>
            options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddAuthorization(options =>
            options.AddPolicy(AmministrazionePolicy, policy => policy.RequireAssertion(context => EnteAccess.CanManageAccounts(context.User))));
        services.AddRazorPages(options =>
        {
            options.RootDirectory = "/Features";
            // Signed-in users only, unless a page says otherwise (login, error pages).
            options.Conventions.AuthorizeFolder("/");
            options.Conventions.AuthorizeFolder("/Amministrazione", AmministrazionePolicy);
        });
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "scadenzario-af";
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddJobsDashboard(configuration);
        services.AddScadenzarioProblems().AddRequestLimits();
        services.AddOpenApi();
        return services;
    }

    /// <summary>Brings the schema up to date before the first request: the same runner as the CLI.</summary>
    public static async Task MigrateAsync(this IServiceProvider services)
    {
        var dataSource = services.GetRequiredService<NpgsqlDataSource>();
        await MigrationRunner.MigrateAsync(dataSource, Database.MigrationsDirectory);
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<Accounts>().EnsureRolesAsync();
    }

    /// <summary>Proxy:KnownProxies (addresses) and Proxy:KnownNetworks (CIDR), each a list or a comma-separated string; none by default.</summary>
    internal static void ConfigureProxies(ForwardedHeadersOptions options, IConfiguration configuration)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        // The defaults trust the loopback address: only what is configured is trusted.
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in Values(configuration, "Proxy:KnownProxies"))
        {
            options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address)
                ? address
                : throw new InvalidOperationException($"Proxy:KnownProxies: «{proxy}» non è un indirizzo IP."));
        }

        foreach (var network in Values(configuration, "Proxy:KnownNetworks"))
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var parsed)
                ? parsed
                : throw new InvalidOperationException($"Proxy:KnownNetworks: «{network}» non è una rete in notazione CIDR (per esempio 10.0.0.0/8)."));
        }

        // With both lists empty the middleware would trust every sender: no proxy configured means no forwarded headers.
        if (options.KnownProxies.Count == 0 && options.KnownIPNetworks.Count == 0)
        {
            options.ForwardedHeaders = ForwardedHeaders.None;
        }
    }

    private static IEnumerable<string> Values(IConfiguration configuration, string key)
    {
        var section = configuration.GetSection(key);
        var items = section.Value is { } single ? [single] : section.GetChildren().Select(c => c.Value ?? "");
        return items.SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
    }

    private static async Task<bool> IsCurrentAsync(HttpContext context, System.Security.Claims.ClaimsPrincipal? principal) =>
        principal is not null && await context.RequestServices.GetRequiredService<AccountSessions>().IsCurrentAsync(principal, context.RequestAborted);

    // The bearer handler has no validation event: the token is opened here as the handler will open
    // it, and refused when its session has ended (logout, disabled account, password reset).
    private static async Task RefuseEndedTokenAsync(MessageReceivedContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var ticket = context.Options.BearerTokenProtector.Unprotect(header["Bearer ".Length..].Trim());
        if (ticket is not null && !await IsCurrentAsync(context.HttpContext, ticket.Principal))
        {
            context.Fail("La sessione di questo token è terminata.");
        }
    }

    // Pages send an anonymous visitor to the login page; the API answers 401/403 with a problem
    // document, and a page the user may not open answers 403 with an Italian error page.
    private static Task Deny(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (status == StatusCodes.Status401Unauthorized && !context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.Redirect(context.RedirectUri);
            return Task.CompletedTask;
        }

        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }
}
