namespace Scadenzario.Web.Infrastructure;

public static class DemoStartup
{
    /// <summary>
    /// Creates the demo accounts and writes them to the console, not to the log: the passwords
    /// are meant for the person starting the demo and must not end up in log files.
    /// </summary>
    public static async Task PrintDemoAccountsAsync(IServiceProvider services, TextWriter console)
    {
        await using var scope = services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<Accounts>();
        IReadOnlyList<Accounts.Demo> demo;
        try
        {
            demo = await accounts.EnsureDemoAsync();
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateException)
        {
            await console.WriteLineAsync("Account dimostrativi non creati: importare prima i comuni (./run.sh lo fa da sé).");
            return;
        }

        await console.WriteLineAsync();
        await console.WriteLineAsync("Account dimostrativi (password nuove a ogni avvio):");
        foreach (var account in demo)
        {
            await console.WriteLineAsync($"  {account.UserName,-20} {account.Password,-22} {Roles.Label(account.Role)}{(account.EnteCode is null ? "" : $" ({account.EnteCode})")}");
        }

        await console.WriteLineAsync();
    }
}
