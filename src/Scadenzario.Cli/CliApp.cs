using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using NodaTime;
using Scadenzario.Cli.Adempimenti;
using Scadenzario.Cli.Calendar;
using Scadenzario.Cli.Db;
using Scadenzario.Cli.Enti;
using Scadenzario.Cli.Infrastructure;
using Scadenzario.Cli.Jobs;
using Scadenzario.Cli.Mail;
using Scadenzario.Cli.Tornate;

namespace Scadenzario.Cli;

/// <summary>The <c>scadenzario</c> command line: one command class per verb.</summary>
public static class CliApp
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) =>
        Run(args, new CliEnvironment(stdout, stderr, SystemClock.Instance, CliEnvironment.DefaultConfiguration()));

    /// <summary>Runs one command; the services the environment built for it are released at the end.</summary>
    public static int Run(string[] args, CliEnvironment env)
    {
        using (env)
        {
            return RunCommand(args, env);
        }
    }

    private static int RunCommand(string[] args, CliEnvironment env)
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
            MailCommand.Create(env),
            JobsCommand.Create(env),
            Utenti.UtentiCommand.Create(env),
        };

        TranslateBuiltInOptions(root);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                stderr.WriteLine($"errore: {ItalianParserMessages.Translate(error.Message)}");
            }

            stderr.WriteLine("Usare --help per l'elenco delle opzioni.");
            return ExitCodes.InvalidInput;
        }

        if (parse.Action is System.CommandLine.Help.HelpAction)
        {
            return WriteItalianHelp(parse, stdout, stderr);
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

    /// <summary>The library's Italian resources leave a few headings of the help in English.</summary>
    private static int WriteItalianHelp(ParseResult parse, TextWriter stdout, TextWriter stderr)
    {
        using var help = new StringWriter();
        var exit = parse.Invoke(new InvocationConfiguration { Output = help, Error = stderr });
        stdout.Write(help.ToString()
            .Replace("Description:", "Descrizione:", StringComparison.Ordinal)
            .Replace("[command]", "[comando]", StringComparison.Ordinal)
            .Replace("[options]", "[opzioni]", StringComparison.Ordinal)
            .Replace("(REQUIRED)", "(obbligatoria)", StringComparison.Ordinal)
            .Replace("[default: ", "[predefinito: ", StringComparison.Ordinal));
        return exit;
    }

    /// <summary>The library's Italian resources leave the help and version options in English.</summary>
    private static void TranslateBuiltInOptions(RootCommand root)
    {
        foreach (var option in root.Options)
        {
            option.Description = option switch
            {
                System.CommandLine.Help.HelpOption => "Mostra la guida e le opzioni del comando.",
                VersionOption => "Mostra la versione del programma.",
                _ => option.Description,
            };
        }
    }
}
