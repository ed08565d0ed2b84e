using System.CommandLine;
using Scadenzario.Cli.Infrastructure;
using Scadenzario.Elezioni;
using Scadenzario.Elezioni.Ponderazione;
using Scadenzario.Elezioni.Scrutinio;

namespace Scadenzario.Cli.SecondoGrado;

/// <summary>
/// <c>scadenzario secondo-grado</c>: the weighted vote of the elections of metropolitan and provincial
/// councils (L. 56/2014). <c>indice</c> prints the index per fascia; <c>proclama</c> goes from the count to the
/// elected; the other verbs (<see cref="UfficioCommands"/>) are the office's work on the database. Bad input
/// exits with <see cref="ExitCodes.InvalidInput"/>, the reason on stderr and nothing on stdout.
/// </summary>
internal static class SecondoGradoCommand
{
    public static Command Create(CliEnvironment env)
    {
        var command = new Command("secondo-grado", "Elezioni di secondo grado (L. 56/2014): indici di ponderazione, riparto dei seggi, eletti, ufficio elettorale.")
        {
            Indice(env.Out, env.Error),
            Proclama(env.Out, env.Error),
        };
        foreach (var ufficio in UfficioCommands.Create(env))
        {
            command.Subcommands.Add(ufficio);
        }

        return command;
    }

    private static Option<string> Format() =>
        new("--format") { Description = "Formato: text (tabella in italiano) o json.", DefaultValueFactory = _ => "text" };

    private static Command Indice(TextWriter stdout, TextWriter stderr)
    {
        var comuni = new Option<string>("--comuni")
        {
            Description = "File CSV con intestazione comune,population,electors,commissariato (l'ultima colonna facoltativa, true/false).",
            Required = true,
        };
        var format = Format();
        var command = new Command("indice", "Calcola l'indice di ponderazione di ogni fascia demografica (allegato A).") { comuni, format };
        command.SetAction(parse => Run(stdout, stderr, parse.GetValue(format)!, () =>
        {
            var ponderazione = IndicePonderazione.Calcola(ComuniCsvInput.Read(parse.GetValue(comuni)!));
            return (() => IndiceOutput.Json(ponderazione), writer => IndiceOutput.Text(ponderazione, writer));
        }));
        return command;
    }

    private static Command Proclama(TextWriter stdout, TextWriter stderr)
    {
        var input = new Option<string>("--input")
        {
            Description = "File JSON con comuni, liste e scrutinio per fascia (vedi docs/secondo-grado.md).",
            Required = true,
        };
        var format = Format();
        var command = new Command("proclama", "Calcola cifre ponderate, seggi (d'Hondt) ed eletti dallo scrutinio.") { input, format };
        command.SetAction(parse => Run(stdout, stderr, parse.GetValue(format)!, () =>
        {
            var dati = ProclamaInput.Read(parse.GetValue(input)!);
            var territorio = dati.Territorio();
            var risultato = Proclamazione.Calcola(
                dati.Seggi(territorio), IndicePonderazione.Calcola(territorio), dati.Liste(), dati.Scrutinio(), dati.Sorteggio());
            return (() => ProclamaOutput.Json(risultato), writer => ProclamaOutput.Text(risultato, writer));
        }));
        return command;
    }

    /// <summary>Computes, then renders whole before writing, so a failure never leaves half an output on stdout.</summary>
    private static int Run(TextWriter stdout, TextWriter stderr, string format, Func<(Func<string> Json, Action<TextWriter> Text)> compute)
    {
        if (format is not ("text" or "json"))
        {
            stderr.WriteLine($"errore: Formato \"{format}\" sconosciuto: usare text o json.");
            return ExitCodes.InvalidInput;
        }

        try
        {
            var (json, text) = compute();
            var output = new StringWriter();
            if (format == "json")
            {
                output.Write(json());
            }
            else
            {
                text(output);
            }

            stdout.Write(output.ToString());
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is DatiElettoraliNonValidiException or SorteggioNecessarioException or FormatException or CsvHelper.CsvHelperException)
        {
            stderr.WriteLine($"errore: {e.Message}");
            return ExitCodes.InvalidInput;
        }
    }
}
