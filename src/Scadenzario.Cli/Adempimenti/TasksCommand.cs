using System.CommandLine;
using System.Globalization;
using NodaTime;
using Scadenzario.Calendars;
using Scadenzario.Calendars.Rules;
using Scadenzario.Calendars.Time;
using Scadenzario.Cli.Infrastructure;
using Scadenzario.Data.Adempimenti;
using Scadenzario.Data.Model;

namespace Scadenzario.Cli.Adempimenti;

/// <summary><c>scadenzario tasks --ente CODE --day DATE</c>, <c>tasks complete | reopen | history</c>, <c>tasks overview</c>.</summary>
internal static class TasksCommand
{
    public static Command Create(CliEnvironment env)
    {
        var by = new Option<string>("--by") { Description = "Chi esegue l'operazione (nome o ufficio).", DefaultValueFactory = _ => Environment.UserName };
        var ente = new Option<string>("--ente") { Description = "Codice dell'ente (ISTAT per i comuni).", Required = true };
        var day = new Option<string?>("--day") { Description = "Giorno (AAAA-MM-GG); predefinito: oggi." };
        var consultation = new Option<string?>("--consultation") { Description = "Solo gli adempimenti di una consultazione (es. europee)." };
        var actor = new Option<string?>("--actor") { Description = "Solo gli adempimenti di chi deve agire (es. sindaco, ufficio-elettorale)." };

        var root = new Command("tasks", "Gli adempimenti di un ente: il giorno, il completamento, lo storico.") { ente, day, consultation, actor };
        root.SetAction((parse, ct) => env.WithDatabase(async dataSource =>
        {
            var date = parse.GetValue(day) is { } text ? InputParsing.Date(text, "--day") : (LocalDate?)null;
            var calendars = env.Get<CalendarSet>();
            ConsultationType? type = null;
            if (parse.GetValue(consultation) is { } c)
            {
                type = ConsultationTypes.TryParse(c, out var parsed) ? parsed
                    : throw new FormatException($"--consultation: \"{c}\" non è una consultazione (ammesse: {string.Join(", ", Enum.GetValues<ConsultationType>().Select(t => t.Id()))}).");
            }

            var filter = new EnteDayFilter(type, parse.GetValue(actor));
            if (filter.Actor is { } a && !calendars.Actors.ContainsKey(a))
            {
                throw new FormatException($"--actor: \"{a}\" non è tra chi agisce nei calendari (ammessi: {string.Join(", ", calendars.Actors.Keys.Order(StringComparer.Ordinal))}).");
            }

            var list = await env.Get<EnteDayQuery>().RunAsync(parse.GetValue(ente)!, date, filter, ct);
            WriteDay(env, list, calendars);
            return ExitCodes.Success;
        }));

        var id = new Argument<string>("ID") { Description = "Identificativo dell'adempimento." };
        var protocol = new Option<string?>("--protocol") { Description = "Numero di protocollo dell'atto." };
        var note = new Option<string?>("--note") { Description = "Nota." };
        var actingEnte = new Option<string>("--ente") { Description = "L'ente che registra il completamento.", Required = true };
        var complete = new Command("complete", "Segna un adempimento come completato, con protocollo o nota.") { id, actingEnte, protocol, note, by };
        complete.SetAction((parse, ct) => env.WithDatabase(async dataSource =>
        {
            var task = await env.Get<AdempimentiService>().CompleteAsync(
                InputParsing.Id(parse.GetValue(id)!, "Adempimento"), parse.GetValue(actingEnte)!, parse.GetValue(by)!, parse.GetValue(protocol), parse.GetValue(note), ct);
            env.Out.WriteLine($"Completato: {task.Title} (adempimento {task.Id}).");
            return ExitCodes.Success;
        }));

        var reason = new Option<string>("--reason") { Description = "Motivo della riapertura.", Required = true };
        var reopen = new Command("reopen", "Riapre un adempimento completato; il motivo è obbligatorio.") { id, actingEnte, reason, by };
        reopen.SetAction((parse, ct) => env.WithDatabase(async dataSource =>
        {
            var task = await env.Get<AdempimentiService>().ReopenAsync(
                InputParsing.Id(parse.GetValue(id)!, "Adempimento"), parse.GetValue(actingEnte)!, parse.GetValue(by)!, parse.GetValue(reason)!, ct);
            env.Out.WriteLine($"Riaperto: {task.Title} (adempimento {task.Id}).");
            return ExitCodes.Success;
        }));

        var history = new Command("history", "Lo storico delle modifiche di un adempimento.") { id };
        history.SetAction((parse, ct) => env.WithDatabase(async dataSource =>
        {
            var entries = await env.Get<AdempimentiService>().HistoryAsync(InputParsing.Id(parse.GetValue(id)!, "Adempimento"), ct);
            var people = await Scadenzario.Data.Recipients.PeopleNames.LookupAsync(dataSource, entries.Select(e => e.Actor), ct);
            foreach (var entry in entries)
            {
                // The same words as the task page's history: no ISO date, no stored code.
                env.Out.WriteLine($"{AuditText.Moment(entry.At)} · {AuditText.Action(entry.Action)} · " +
                    $"{AuditText.Status(entry.FromStatus)} → {AuditText.Status(entry.ToStatus)} · {AuditText.Actor(entry.Actor, people)} · {AuditText.Details(entry.Details)}");
            }

            return ExitCodes.Success;
        }));

        var tornata = new Option<string>("--tornata") { Description = "Identificativo della tornata.", Required = true };
        var province = new Option<string>("--province") { Description = "Sigla della provincia (es. TO).", Required = true };
        var overview = new Command("overview", "Il quadro dei comuni di una provincia: fase, avanzamento, ritardi.") { tornata, province };
        overview.SetAction((parse, ct) => env.WithDatabase(async dataSource =>
        {
            var rows = await env.Get<AdempimentiService>().ProvinceOverviewAsync(
                InputParsing.Id(parse.GetValue(tornata)!, "Tornata"), parse.GetValue(province)!.ToUpperInvariant(), ct);
            env.Out.WriteLine($"{"Comune",-34} {"Fase",-20} {"Completati",10} {"Scaduti",8} {"Assicuraz.",10}");
            foreach (var row in rows)
            {
                env.Out.WriteLine($"{Truncate(row.Name, 34),-34} {Phases.Label(row.Phase),-20} {$"{row.Completed}/{row.Total}",10} {row.Overdue,8} {row.AwaitingAssicurazione,10}");
            }

            env.Out.WriteLine($"{rows.Count} comuni; {rows.Count(r => r.Overdue > 0)} con adempimenti scaduti.");
            return ExitCodes.Success;
        }));

        root.Subcommands.Add(complete);
        root.Subcommands.Add(reopen);
        root.Subcommands.Add(history);
        root.Subcommands.Add(overview);
        return root;
    }

    private static void WriteDay(CliEnvironment env, EnteDayList list, CalendarSet calendars)
    {
        var holiday = ItalianHolidays.NameOf(list.Day) is { } name ? $" (festivo: {name})" : "";
        env.Out.WriteLine($"{list.EnteName} ({list.EnteCode}) — {ItalianDates.Long(list.Day)}{holiday}");
        if (list.IsQuiet)
        {
            env.Out.WriteLine(list.NextDeadline is { Task: var next }
                ? $"Nessun adempimento scaduto o in scadenza oggi. La prossima scadenza: {next.Title} di {ItalianDates.LongWithHour(next.DueDate!.Value, next.DueTime)}."
                : "Nessun adempimento scaduto o in scadenza oggi. Nessuna scadenza in calendario.");
        }

        Section(env, "Scaduti", list.Overdue);
        Section(env, "Del giorno", list.Today);
        Section(env, $"Nei prossimi {ActStates.NextDays} giorni", list.NextDays);
        Section(env, "In attesa di un evento", list.Waiting, calendars);
        Section(env, "Da sapere (atti di altri)", list.DaSapere);
    }

    private static void Section(CliEnvironment env, string title, IReadOnlyList<ActItem> items, CalendarSet? waitingLabels = null)
    {
        env.Out.WriteLine();
        env.Out.WriteLine($"{title} ({items.Count})");
        foreach (var (task, state) in items)
        {
            var when = task.DueDate is { } date
                ? ItalianDates.DayAndMonth(date) + (task.DueTime is { } time ? $" {ItalianDates.Hour(time)}" : "")
                : "data da definire";
            env.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  [{task.Id}] {when} · {task.Title} · {ActStates.Label(state)}"));
            env.Out.WriteLine($"        Rif.: {task.LegalBasis}");
            if (waitingLabels is not null)
            {
                env.Out.WriteLine($"        In attesa di: {ActStates.WaitingLabel(task.WaitingFor, waitingLabels) ?? "un evento non ancora registrato"}");
            }
        }
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
