using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Scadenzario.Jobs.Mail;

namespace Scadenzario.Jobs;

/// <summary>
/// What the web and the CLI take from Jobs: its options (the web's base URL for every link, the
/// reminder policy) and the SMTP transport, each read from the configuration once. The scheduler
/// itself is <see cref="Scheduling.HangfireScheduling.AddScadenzarioScheduler"/>, which only
/// <c>jobs serve</c> runs.
/// </summary>
public static class JobsServices
{
    public static IServiceCollection AddScadenzarioJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(_ => JobsOptions.FromConfiguration(configuration));
        services.AddSingleton(_ => MailOptions.FromConfiguration(configuration));
        services.AddSingleton<IMailTransport>(provider => new MailKitTransport(provider.GetRequiredService<MailOptions>()));
        return services;
    }
}
