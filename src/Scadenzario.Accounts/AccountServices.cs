using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Npgsql;

namespace Scadenzario.Accounts;

public static class AccountServices
{
    /// <summary>The same password and lockout rules wherever an account is created or used.</summary>
    public static void ConfigureIdentity(IdentityOptions options)
    {
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        options.Lockout.AllowedForNewUsers = true;
        options.Password.RequiredLength = 10;
        options.User.RequireUniqueEmail = false;
    }

    /// <summary>
    /// Identity without the web (no cookies, no sign-in): enough to create and administer
    /// accounts from the command line. The caller disposes of the provider.
    /// </summary>
    public static ServiceProvider CreateStandalone(NpgsqlDataSource dataSource, IClock clock)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(clock);
        services.AddDbContext<AccountsDb>(options => AccountsDb.Configure(options, dataSource));
        services.AddIdentityCore<WebUser>(ConfigureIdentity)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AccountsDb>();
        services.AddAccountUseCases();
        return services.BuildServiceProvider();
    }

    /// <summary>What people and the amministratore do to accounts, over the scoped <see cref="AccountsDb"/> and Identity's stores.</summary>
    public static IServiceCollection AddAccountUseCases(this IServiceCollection services)
    {
        services.AddScoped<AccountAdministration>();
        services.AddScoped<PasswordChange>();
        services.AddScoped<PasswordResets>();
        return services;
    }
}
