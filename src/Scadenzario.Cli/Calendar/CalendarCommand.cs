using System.CommandLine;
using Scadenzario.Calendars;
using Scadenzario.Calendars.Derivation;
using Scadenzario.Calendars.Loading;

namespace Scadenzario.Cli.Calendar;

/// <summary>
/// <c>scadenzario calendar</c>: derives the calendar of a tornata for one comune's facts and prints
/// it as the cronoprogramma an office pins on the wall (<c>text</c>) or as JSON for other tools.
/// </summary>
internal static class CalendarCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var votingDays = new Option<string>("--voting-days")
        {
            Description = "Giorno della votazione (AAAA-MM-GG), o due giorni consecutivi separati da virgola.",
            Required = true,
        };
        var consultations = new Option<string>("--consultations")
        {
            Description = "Consultazioni della tornata, separate da virgola: europee, comunali, ballottaggio, referendum, politiche, regionali, metropolitane, provinciali.",
            Required = true,
        };
        var population = new Option<string?>("--population")
        {
            Description = "Popolazione legale del comune, numero di abitanti: obbligatoria per comunali e ballottaggio, se non si indica --comune.",
        };
        var region = new Option<string?>("--region") { Description = "Regione: codice ISTAT (es. 19) o nome (es. Sicilia); obbligatoria per le regionali (solo regioni a statuto ordinario), se non si indica --comune." };
        var province = new Option<string?>("--province") { Description = "Sigla della provincia (es. TN, BZ, PA): per le regole e le soglie provinciali." };
        var capoluogo = new Option<bool>("--capoluogo") { Description = "Il comune è capoluogo di provincia (dal 2024 vota come comune superiore nelle regioni a statuto ordinario)." };
        var comune = new Option<string?>("--comune")
        {
            Description = "Codice ISTAT del comune (sei cifre, es. 041067): popolazione, regione, provincia e capoluogo dai dati dei comuni distribuiti con il programma.",
        };
        var comuniData = new Option<string?>("--comuni-data") { Description = "File dei comuni (predefinito: data/comuni/comuni.csv distribuito con il programma)." };
        var parameters = new Option<string[]>("--parametro")
        {
            Description = "Parametro fissato dal decreto della tornata, NOME=VALORE (ripetibile), es. chiusura-votazione=22:00 o inizio-scrutinio-comunali=2024-06-10T14:00.",
            AllowMultipleArgumentsPerToken = true,
        };
        var ballottaggio = new Option<string?>("--ballottaggio") { Description = "Giorno del ballottaggio (AAAA-MM-GG), se diverso dalla seconda domenica successiva o per parità nei comuni inferiori." };
        var events = new Option<string[]>("--event")
        {
            Description = "Evento registrato, NOME=AAAA-MM-GG (ripetibile), es. liste-ammesse=2014-04-28.",
            AllowMultipleArgumentsPerToken = true,
        };
        var patron = new Option<string?>("--patron-saint") { Description = "Festa del santo patrono del comune, MM-GG (es. 06-24)." };
        var format = new Option<string>("--format") { Description = "Formato: text (cronoprogramma) o json.", DefaultValueFactory = _ => "text" };
        var calendars = new Option<string?>("--calendars") { Description = "Cartella dei calendari (predefinita: quella distribuita con il programma)." };

        var command = new Command("calendar", "Deriva il calendario degli adempimenti dal giorno della votazione.")
        {
            votingDays, consultations, population, region, province, capoluogo, comune, parameters, ballottaggio, events, patron, format, calendars, comuniData,
        };

        command.SetAction(parse =>
        {
            var input = new CalendarInput(
                parse.GetValue(votingDays)!,
                parse.GetValue(consultations)!,
                parse.GetValue(population),
                parse.GetValue(region),
                parse.GetValue(ballottaggio),
                parse.GetValue(events) ?? [],
                parse.GetValue(patron),
                parse.GetValue(format)!)
            {
                Province = parse.GetValue(province),
                Capoluogo = parse.GetValue(capoluogo),
                Comune = parse.GetValue(comune),
                Parameters = parse.GetValue(parameters) ?? [],
                ComuniData = () => ComuniData.Read(ComuniDataLocation.Resolve(parse.GetValue(comuniData))),
            };
            return Run(input, CalendarsLocation.Resolve(parse.GetValue(calendars)), stdout, stderr);
        });
        return command;
    }

    private static int Run(CalendarInput input, string calendarsDirectory, TextWriter stdout, TextWriter stderr)
    {
        if (!input.TryParse(out var facts, out var renderer, out var problem))
        {
            stderr.WriteLine($"errore: {problem}");
            return ExitCodes.InvalidInput;
        }

        CalendarSet set;
        try
        {
            set = CalendarSet.Load(calendarsDirectory);
        }
        catch (CalendarLoadException e)
        {
            stderr.WriteLine($"errore: {e.Message}");
            return ExitCodes.InvalidCalendars;
        }

        if (set.ValidateParameters(facts.Parameters, facts.VotingDays) is { Count: > 0 } problems)
        {
            stderr.WriteLine($"errore: {string.Join(Environment.NewLine + "errore: ", problems)}");
            stderr.WriteLine($"Parametri previsti: {string.Join(", ", set.Parameters.Values.Select(p => $"{p.Id} ({p.Label}, {p.Kind switch { Calendars.Rules.ParameterKind.Time => "HH:mm", Calendars.Rules.ParameterKind.DateTime => "AAAA-MM-GGTHH:mm", _ => string.Join(" o ", p.Values) }})"))}.");
            return ExitCodes.InvalidInput;
        }

        DerivedCalendar calendar;
        try
        {
            calendar = set.Derive(facts);
        }
        catch (InvalidFactsException e)
        {
            stderr.WriteLine($"errore: {e.Message}");
            return ExitCodes.InvalidInput;
        }

        // Rendered whole before writing, so a failure never leaves half a calendar on stdout.
        var output = new StringWriter();
        renderer(set, calendar, output);
        stdout.Write(output.ToString());
        return ExitCodes.Success;
    }
}
