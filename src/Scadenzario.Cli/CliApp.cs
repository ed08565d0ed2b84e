using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using NodaTime;
using Scadenzario.Cli.Adempimenti;
using Scadenzario.Cli.Calendar;
using Scadenzario.Cli.Db;
using Scadenzario.Cli.Enti;
using Scadenzario.Cli.Infrastructure;
using Scadenzario.Cli.Tornate;

namespace Scadenzario.Cli;

/// <summary>The <c>scadenzario</c> command line: one command class per verb.</summary>
public static class CliApp
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) =>
        Run(args, new CliEnvironment(stdout, stderr, SystemClock.Instance, CliEnvironment.DefaultConfiguration()));

    public static int Run(string[] args, CliEnvironment env)
    {
        var (stdout, stderr) = (env.Out, env.Error);
        // Parser messages ("opzione obbligatoria mancante", …) in Italian, for the offices.
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("it-IT");

        var root = new RootCommand("Scadenzario: le scadenze degli adempimenti elettorali, dal giorno della votazione.")
        {
            CalendarCommand.Create(stdout, stderr),
            DbCommand.Create(env),
            EntiCommand.Create(env),
            TornataCommand.Create(env),
            TasksCommand.Create(env),
            SecondoGrado.SecondoGradoCommand.Create(env),
        };

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                stderr.WriteLine($"errore: {error.Message}");
            }

            stderr.WriteLine("Usare --help per l'elenco delle opzioni.");
            return ExitCodes.InvalidInput;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (FormatException e)
        {
            stderr.WriteLine($"errore: {e.Message}");
            return ExitCodes.InvalidInput;
        }
    }
}
