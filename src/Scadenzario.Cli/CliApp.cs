using System.CommandLine;
using System.Globalization;
using Scadenzario.Cli.Calendar;

namespace Scadenzario.Cli;

/// <summary>The <c>scadenzario</c> command line: one command class per verb.</summary>
public static class CliApp
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        // Parser messages ("opzione obbligatoria mancante", …) in Italian, for the offices.
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("it-IT");

        var root = new RootCommand("Scadenzario: le scadenze degli adempimenti elettorali, dal giorno della votazione.")
        {
            CalendarCommand.Create(stdout, stderr),
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

        return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
    }
}
