using System.CommandLine;
using Scadenzario.Calendars.Derivation;
using Scadenzario.Cli.Infrastructure;
using Scadenzario.Data;
using Scadenzario.Data.Tornate;

namespace Scadenzario.Cli.Tornate;

/// <summary><c>scadenzario tornata create | add-consultation | event | postpone | parametri | sync</c>.</summary>
internal static class TornataCommand
{
    public static Command Create(CliEnvironment env)
    {
        var by = new Option<string>("--by") { Description = "Chi esegue l'operazione (nome o ufficio).", DefaultValueFactory = _ => Environment.UserName };

        var name = new Option<string>("--name") { Description = "Nome della tornata.", Required = true };
        var votingDays = new Option<string>("--voting-days")
        {
            Description = "Giorno della votazione, o due giorni consecutivi separati da virgola: una domenica, sabato e domenica o domenica e lunedì " +
                "(con --secondo-grado il solo giorno fissato dal decreto); non nel passato né oltre due anni.",
            Required = true,
        };
        var parameters = ParameterOption("Parametro fissato dal decreto di convocazione, NOME=VALORE (ripetibile), es. chiusura-votazione=22:00; quelli non indicati seguono la legge.");
        var secondLevel = new Option<bool>("--secondo-grado") { Description = "Tornata di elezioni di secondo grado (metropolitane, provinciali): un solo giorno, anche feriale." };
        var create = new Command("create", "Crea una tornata e ne stampa l'identificativo.") { name, votingDays, parameters, secondLevel };
        create.SetAction((parse, ct) => env.WithDatabase(async dataSource =>
        {
            var days = InputParsing.VotingDays(parse.GetValue(votingDays)!);
            var values = TornataParametersInput.Parse(parse.GetValue(parameters), allowEmpty: false);
            var level = parse.GetValue(secondLevel) ? VotingLevel.SecondLevel : VotingLevel.Direct;
            var id = await env.Get<TornataService>().CreateAsync(parse.GetValue(name)!, days, values, level, ct);
            env.Out.WriteLine(id);
            return ExitCodes.Success;
        }));

        var tornataId = new Argument<string>("ID") { Description = "Identificativo della tornata." };
        var consultation = new Option<string>("--consultation") { Description = "europee, comunali, referendum, politiche, regionali, metropolitane o provinciali.", Required = true };
        var enti = new Option<string>("--enti") { Description = "all, region:NOME, province:SIGLA o file:PERCORSO (un codice ISTAT per riga).", Required = true };
        var regione = new Option<string?>("--regione") { Description = "Solo per le regionali, obbligatoria: la regione a statuto ordinario che vota (nome o codice ISTAT); si aggiungono solo i suoi comuni." };
        var add = new Command("add-consultation", "Aggiunge una consultazione per gli enti indicati e ne crea gli adempimenti.") { tornataId, consultation, enti, regione, by };
        add.SetAction((parse, ct) => env.WithDatabase(async dataSource =>
        {
            var service = env.Get<TornataService>();
            var result = await service.AddConsultationAsync(
                InputParsing.Id(parse.GetValue(tornataId)!, "Tornata"), parse.GetValue(consultation)!,
                EntiSelection.Parse(parse.GetValue(enti)!) with { Regione = parse.GetValue(regione) }, parse.GetValue(by)!, ct);
            env.Out.WriteLine($"Enti: {result.Enti}; adempimenti creati: {result.Created}, aggiornati: {result.Changed}, date spostate: {result.Moved}.");
            return ExitCodes.Success;
        }));

        var confirm = new Option<bool>("--conferma") { Description = "Applica le modifiche mostrate (senza, le mostra soltanto e non scrive nulla)." };
        var ente = new Option<string>("--ente") { Description = "Codice dell'ente.", Required = true };
        var eventName = new Option<string>("--event") { Description = "liste-ammesse, chiusura-scrutinio, proclamazione, ballottaggio-necessario, nessun-ballottaggio, …", Required = true };
        var day = new Option<string>("--day") { Description = "Giorno dell'evento (AAAA-MM-GG), tra i giorni che il calendario ammette per l'evento.", Required = true };
        var correct = new Option<bool>("--correggi") { Description = "Corregge il giorno di un evento già registrato (il giorno precedente resta nello storico); richiede --reason." };
        var correctionReason = new Option<string?>("--reason") { Description = "Motivo della correzione (con --correggi)." };
        var recordEvent = new Command("event", "Registra un evento per un ente, o ne corregge il giorno con --correggi, e data gli adempimenti che lo attendevano.")
        {
            tornataId, ente, eventName, day, correct, correctionReason, by,
        };
        recordEvent.SetAction((parse, ct) => env.WithDatabase(async dataSource =>
        {
            var service = env.Get<TornataService>();
            var id = InputParsing.Id(parse.GetValue(tornataId)!, "Tornata");
            var eventDay = InputParsing.Date(parse.GetValue(day)!, "--day");
            if (!parse.GetValue(correct))
            {
                if (parse.GetValue(correctionReason) is not null)
                {
                    throw new InvalidInputException("--reason vale solo con --correggi, per correggere un evento già registrato.");
                }

                var recorded = await service.RecordEventAsync(id, parse.GetValue(ente)!, parse.GetValue(eventName)!, eventDay, parse.GetValue(by)!, VotingDaysAdvice.CommandLine, ct);
                env.Out.WriteLine($"Evento registrato; adempimenti aggiornati: {recorded.Changed}, creati: {recorded.Created}.");
                return ExitCodes.Success;
            }

            var result = await service.CorrectEventAsync(id, parse.GetValue(ente)!, parse.GetValue(eventName)!, eventDay, parse.GetValue(correctionReason) ?? "", parse.GetValue(by)!, ct);
            env.Out.WriteLine($"Evento corretto (il giorno precedente resta nello storico); scadenze spostate: {result.Moved}, adempimenti aggiornati: {result.Changed}. " +
                "Gli uffici ricevono l'avviso con il prossimo invio degli avvisi.");
            return ExitCodes.Success;
        }));

        var newDays = new Option<string>("--voting-days") { Description = "I nuovi giorni della votazione, con le stesse regole di una nuova tornata.", Required = true };
        var reason = new Option<string>("--reason") { Description = "Motivo del rinvio (es. il decreto che lo dispone).", Required = true };
        var postpone = new Command("postpone", "Sposta i giorni della votazione e ricalcola ogni scadenza, conservando i completamenti (prima mostra che cosa si sposta, con --conferma applica).")
        {
            tornataId, newDays, reason, confirm, by,
        };
        postpone.SetAction((parse, ct) => env.WithDatabase(async dataSource =>
        {
            var service = env.Get<TornataService>();
            var id = InputParsing.Id(parse.GetValue(tornataId)!, "Tornata");
            var days = InputParsing.VotingDays(parse.GetValue(newDays)!);
            if (!parse.GetValue(confirm))
            {
                var preview = await service.PreviewPostponeAsync(id, days, ct);
                env.Out.WriteLine($"Tornata {id}: rinvio a {VotingDaysPolicy.Describe(days)}.");
                TornataChangesText.Write(env.Out, preview);
                env.Out.WriteLine("Nulla è stato scritto: per applicare il rinvio ripetere il comando con --conferma.");
                return ExitCodes.Success;
            }

            var result = await service.PostponeAsync(id, days, parse.GetValue(reason)!, parse.GetValue(by)!, ct);
            env.Out.WriteLine($"Tornata rinviata: {result.Moved} scadenze spostate in {result.Enti} enti (lo storico degli spostamenti è conservato; " +
                "gli uffici ricevono l'avviso con il prossimo invio degli avvisi).");
            return ExitCodes.Success;
        }));

        var changed = ParameterOption("Parametro da fissare o cambiare, NOME=VALORE (ripetibile); NOME= lo riporta al valore di legge.");
        changed.Required = true;
        var parametri = new Command("parametri", "Cambia i parametri del decreto di una tornata e ne ricalcola le scadenze come un rinvio (prima mostra, con --conferma applica).")
        {
            tornataId, changed, confirm, by,
        };
        parametri.SetAction((parse, ct) => env.WithDatabase(async dataSource =>
        {
            var service = env.Get<TornataService>();
            var id = InputParsing.Id(parse.GetValue(tornataId)!, "Tornata");
            var values = TornataParametersInput.Parse(parse.GetValue(changed), allowEmpty: true);
            if (!parse.GetValue(confirm))
            {
                var (next, preview) = await service.PreviewParametersAsync(id, values, ct);
                env.Out.WriteLine($"Tornata {id}, parametri del decreto dopo la modifica: {Data.Model.TornataParameters.Describe(next)}.");
                TornataChangesText.Write(env.Out, preview);
                env.Out.WriteLine("Nulla è stato scritto: per applicare le modifiche ripetere il comando con --conferma.");
                return ExitCodes.Success;
            }

            var (result, changes) = await service.ChangeParametersAsync(id, values, parse.GetValue(by)!, ct);
            TornataChangesText.Write(env.Out, changes);
            env.Out.WriteLine($"Parametri aggiornati: {result.Moved} scadenze spostate in {result.Enti} enti (lo storico degli spostamenti è conservato; " +
                "gli uffici ricevono l'avviso con il prossimo invio degli avvisi).");
            return ExitCodes.Success;
        }));

        var calendars = new Option<string?>("--calendars") { HelpName = "CARTELLA", Description = "Cartella dei calendari da applicare (predefinita: quella distribuita con il programma)." };
        var sync = new Command("sync", "Allinea una tornata aperta alla versione del calendario di questo programma: mostra per ente che cosa si aggiunge, si sposta e non è più previsto; con --conferma lo applica.")
        {
            tornataId, confirm, calendars, by,
        };
        sync.SetAction((parse, ct) => env.WithDatabase(async dataSource =>
        {
            var rules = parse.GetValue(calendars) is { } directory ? new TornataRulesSync(dataSource, env.LoadCalendars(directory), env.Clock) : env.Get<TornataRulesSync>();
            var id = InputParsing.Id(parse.GetValue(tornataId)!, "Tornata");
            var report = parse.GetValue(confirm)
                ? await rules.ApplyAsync(id, parse.GetValue(by)!, VotingDaysAdvice.CommandLine, ct)
                : await rules.PreviewAsync(id, VotingDaysAdvice.CommandLine, ct);
            var status = report.Status;
            if (status.Aligned)
            {
                env.Out.WriteLine($"La tornata {id} è già allineata alla versione {status.ProgramVersion} del calendario: nulla da fare.");
                return ExitCodes.Success;
            }

            env.Out.WriteLine($"Tornata {id} «{status.Name}»: adempimenti della versione {string.Join(", ", status.TaskVersions)}, " +
                $"programma alla versione {status.ProgramVersion}.");
            TornataChangesText.Write(env.Out, report.Changes);
            if (report.Applied is not { } applied)
            {
                env.Out.WriteLine("Nulla è stato scritto: per applicare le modifiche ripetere il comando con --conferma.");
                return ExitCodes.Success;
            }

            env.Out.WriteLine($"Tornata allineata alla versione {status.ProgramVersion}: adempimenti creati {applied.Created}, date spostate {applied.Moved}, " +
                $"non più previsti {applied.NoLongerApplicable}, aggiornati {applied.Changed} in {applied.Enti} enti. I completamenti sono conservati; " +
                "gli uffici ricevono l'avviso delle scadenze spostate con il prossimo invio degli avvisi.");
            return ExitCodes.Success;
        }));

        return new Command("tornata", "Tornate elettorali.") { create, add, recordEvent, postpone, parametri, sync };
    }

    private static Option<string[]> ParameterOption(string description) => new("--parametro")
    {
        Description = description,
        HelpName = "NOME=VALORE",
        Arity = ArgumentArity.ZeroOrMore,
    };
}
