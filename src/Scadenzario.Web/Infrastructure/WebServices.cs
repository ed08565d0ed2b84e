using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Scadenzario.Calendars;
using Scadenzario.Data;
using Scadenzario.Data.Adempimenti;
using Scadenzario.Data.Migrations;
using Scadenzario.Data.SecondoGrado;
using Scadenzario.Data.Tornate;
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
        services.AddSingleton(_ => Database.CreateDataSource(Database.ConnectionString(configuration)));
        services.AddSingleton(_ => CalendarSet.Load(configuration["Scadenzario:Calendars"] ?? Path.Combine(AppContext.BaseDirectory, "calendars")));
        services.AddSingleton<AdempimentiService>();
        services.AddSingleton<TornataService>();
        services.AddSingleton<UfficioElettoraleService>();
        services.AddSingleton<ProvinceDashboardQueries>();
        services.AddSingleton<OverviewCache>();
        services.AddMemoryCache();
        services.AddSingleton<EnteDirectory>();
        services.AddScoped<EnteAccess>();
        services.AddScoped<FeedTokens>();
        services.AddScoped<Accounts>();
        services.AddSingleton<EnteDayQuery>();
        services.AddSingleton<CronoprogrammaQuery>();
        services.AddSingleton<Features.Feed.FeedQuery>();
        services.AddSingleton<DettaglioQuery>();

        services.AddDbContext<WebDb>((provider, options) => AccountsDb.Configure(options, provider.GetRequiredService<NpgsqlDataSource>()));
        // The account administration works on the same context (and transaction) as Identity's stores.
        services.AddScoped<AccountsDb>(provider => provider.GetRequiredService<WebDb>());
        services.AddScoped<AccountAdministration>();

        services.AddIdentity<WebUser, IdentityRole>(AccountServices.ConfigureIdentity)
            .AddEntityFrameworkStores<WebDb>()
            .AddClaimsPrincipalFactory<ScadenzarioClaimsFactory>()
            .AddDefaultTokenProviders();

        // A disabled account or a reset password ends the open sessions within a minute, not
        // after Identity's default half hour.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));

        // The keys that protect cookies, bearer tokens and anti-forgery tokens live in PostgreSQL:
        // they survive a restart and every node behind a load balancer reads the same ring. The
        // fixed application name keeps them valid whatever the install path of each node.
        services.AddDataProtection()
            .SetApplicationName("Scadenzario")
            .PersistKeysToDbContext<WebDb>();

        // Other systems call the API with a bearer token from POST /api/accesso; browsers use the cookie.
        services.AddAuthentication().AddBearerToken(IdentityConstants.BearerScheme, options =>
            options.BearerTokenExpiration = TimeSpan.FromHours(1));

        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "scadenzario";
            options.Cookie.HttpOnly = true;
            // Strict: no other site can make the browser send the cookie, which also keeps the
            // JSON API (cookie-authenticated, no anti-forgery token) safe from cross-site requests.
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.LoginPath = "/accesso";
            options.LogoutPath = "/uscita";
            options.AccessDeniedPath = "/errore/403";
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.Events.OnRedirectToLogin = context => Deny(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => Deny(context, StatusCodes.Status403Forbidden);
        });

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
        services.AddAntiforgery(options => options.Cookie.Name = "scadenzario-af");
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
