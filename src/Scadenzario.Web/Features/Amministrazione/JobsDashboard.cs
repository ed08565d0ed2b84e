using Hangfire;
using Hangfire.Dashboard;
using Scadenzario.Data;
using Scadenzario.Jobs.Scheduling;
using Scadenzario.Web.Infrastructure;

namespace Scadenzario.Web.Features.Amministrazione;

/// <summary>
/// Hangfire's dashboard at <see cref="Path"/>: which jobs ran, failed, are queued or due, on which
/// server, for the amministratore alone. It lives inside the web app's own authorization: the
/// endpoint requires the same policy as the account pages (the cookie sign-in, then the role), and
/// the dashboard's own filter checks the same principal again, so neither can be dropped by
/// mistake without the other still refusing. Its POST actions (trigger, requeue, delete) carry
/// the app's anti-forgery token, which Hangfire.AspNetCore checks with the app's IAntiforgery.
/// The web app runs no Hangfire server: the dashboard reads and writes the storage that the
/// <c>jobs serve</c> nodes share.
/// </summary>
public static class JobsDashboard
{
    public const string Path = "/amministrazione/jobs";

    public static IServiceCollection AddJobsDashboard(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = Database.ConnectionString(configuration);
        services.AddSingleton<JobStorage>(_ => HangfireStorage.Create(connectionString));
        services.AddHangfire(hangfire => hangfire
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        return services;
    }

    public static IEndpointRouteBuilder MapJobsDashboard(this IEndpointRouteBuilder app)
    {
        var options = new DashboardOptions
        {
            AppPath = "/",
            DashboardTitle = "Scadenzario – job pianificati",
            Authorization = [new AmministratoreOnly()],
            DisplayStorageConnectionString = false,
            IgnoreAntiforgeryToken = false,
        };
        app.MapHangfireDashboard(Path, options, app.ServiceProvider.GetRequiredService<JobStorage>())
            .RequireAuthorization(WebServices.AmministrazionePolicy);
        return app;
    }

    /// <summary>The dashboard's own check, on the app's signed-in user: the amministratore, no one else.</summary>
    public sealed class AmministratoreOnly : IDashboardAuthorizationFilter
    {
        public bool Authorize(DashboardContext context) => EnteAccess.CanManageAccounts(context.GetHttpContext().User);
    }
}
