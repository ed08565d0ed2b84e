using System.Globalization;
using NodaTime;
using Scadenzario.Calendars;
using Scadenzario.Calendars.Derivation;
using Scadenzario.Calendars.Rules;
using Scadenzario.Calendars.Time;

namespace Scadenzario.Cli.Calendar;

/// <summary>
/// The cronoprogramma an office pins on the wall: one block per day, in Italian, each act with its
/// hour, who acts and its legal basis. A window appears on the day it opens and on the day it ends.
/// </summary>
internal static class CalendarTextWriter
{
    private static readonly CultureInfo Italian = CultureInfo.GetCultureInfo("it-IT");

    public static void Write(CalendarSet set, DerivedCalendar calendar, TextWriter output) => Write(set, calendar, output, true);

    /// <summary>Without <paramref name="showPopulation"/> (no population was given: no comunali) the header leaves it out.</summary>
    public static void Write(CalendarSet set, DerivedCalendar calendar, TextWriter output, bool showPopulation)
    {
        WriteHeader(calendar, output, showPopulation);

        var entries = calendar.Deadlines
            .Where(d => !d.Pending)
            .SelectMany(d => Entries(d))
            .OrderBy(e => e.Day)
            .ThenBy(MinuteInDay)
            .ThenBy(e => e.Deadline.Rule.Ordinal);

        foreach (var day in entries.GroupBy(e => e.Day))
        {
            output.WriteLine();
            output.WriteLine(DayHeading(day.Key, calendar));
            foreach (var entry in day)
            {
                WriteEntry(set, entry, output);
            }
        }

        var pending = calendar.Deadlines.Where(d => d.Pending).ToList();
        if (pending.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("In attesa di un evento (la data si calcola quando l'evento è registrato)");
            foreach (var deadline in pending)
            {
                output.WriteLine($"  • {deadline.Rule.Title} — {Waiting(set, deadline)}");
                output.WriteLine($"      {set.ActorLabel(deadline.Rule.Actor)} · {deadline.Rule.Consultation.Label()}");
                output.WriteLine($"      Rif.: {deadline.LegalBasis}");
            }
        }
    }

    private static void WriteHeader(DerivedCalendar calendar, TextWriter output, bool showPopulation)
    {
        var facts = calendar.Facts;
        var days = calendar.VotingDays;
        output.WriteLine("CRONOPROGRAMMA DEGLI ADEMPIMENTI ELETTORALI");
        output.WriteLine(string.Join(", ", facts.Consultations.Select(c => c.Label())));
        output.WriteLine(days.Count == 1
            ? $"Giorno della votazione: {ItalianDates.Long(days.First)}"
            : $"Giorni della votazione: {ItalianDates.Long(days.First)} e {ItalianDates.Long(days.Last)}");
        var population = facts.Population.ToString("N0", Italian);
        var classification = calendar.Classification;
        if (!showPopulation)
        {
            // No comunali: the population decides nothing, and none was given.
        }
        else if (facts.Consultations.Any(c => c.IsDirect()))
        {
            var limit = classification.Limit.ToString("N0", Italian);
            output.WriteLine(classification switch
            {
                { ByCapoluogo: true } => $"Popolazione: {population} abitanti (capoluogo di provincia: comune superiore, {classification.LegalBasis})",
                { Class: PopulationClass.Superiore } => $"Popolazione: {population} abitanti (comune superiore a {limit} abitanti)",
                _ => $"Popolazione: {population} abitanti (comune fino a {limit} abitanti)",
            });
        }
        else
        {
            output.WriteLine($"Popolazione dell'ente: {population} abitanti");
        }

        if (facts.Parameters.Count > 0)
        {
            output.WriteLine("Parametri della tornata: " + string.Join(", ", facts.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} = {p.Value}")));
        }

        if (calendar.Ballottaggio is { } ballottaggio)
        {
            output.WriteLine($"Eventuale turno di ballottaggio: {ItalianDates.Long(ballottaggio.First)}"
                + (ballottaggio.Count == 2 ? $" e {ItalianDates.Long(ballottaggio.Last)}" : ""));
        }

        output.WriteLine($"Versione del calendario: {calendar.CalendarVersion}");
    }

    private static string DayHeading(LocalDate day, DerivedCalendar calendar)
    {
        var days = calendar.VotingDays;
        var heading = $"{ItalianDates.LongCapitalized(day)} — {ItalianDates.RelativeToVote(day, days.First, days.Last, days.Reference)}";
        if (calendar.Ballottaggio?.Contains(day) == true)
        {
            heading += " — ballottaggio";
        }

        var holiday = ItalianHolidays.NameOf(day);
        if (holiday is not null)
        {
            heading += $" [festivo: {holiday}]";
        }
        else if (day.DayOfWeek == IsoDayOfWeek.Sunday || calendar.Facts.PatronSaint?.InYear(day.Year) == day)
        {
            heading += " [festivo]";
        }

        return heading;
    }

    /// <summary>
    /// Where an entry goes in its day: at its hour; with no hour, a window opens with the day and
    /// a deadline lasts until its end, so the office reads the day in the order it runs.
    /// </summary>
    private static int MinuteInDay(Entry entry) =>
        entry.Time?.MinuteOfDay ?? (entry.Part == EntryPart.Opens ? -1 : ClockTime.EndOfDay.MinuteOfDay);

    private static IEnumerable<Entry> Entries(Deadline deadline)
    {
        if (deadline.StartDate is { } start && deadline.Date is { } end && (start != end || deadline.StartTime != deadline.Time))
        {
            yield return new Entry(start, deadline.StartTime, deadline, EntryPart.Opens);
            yield return new Entry(end, deadline.Time, deadline, EntryPart.Closes);
        }
        else
        {
            yield return new Entry(deadline.Date!.Value, deadline.Time, deadline, EntryPart.Single);
        }
    }

    private static void WriteEntry(CalendarSet set, Entry entry, TextWriter output)
    {
        var deadline = entry.Deadline;
        var rule = deadline.Rule;
        var hour = entry.Time is { } time ? $"{ItalianDates.Hour(time)} · " : "";
        var line = entry.Part switch
        {
            EntryPart.Opens when rule.Kind == RuleKind.Divieto => $"Inizio del divieto: {rule.Title}",
            EntryPart.Opens => $"Inizio: {rule.Title} (fino a {ItalianDates.Long(deadline.Date!.Value)}{At(deadline.Time)})",
            EntryPart.Closes when rule.Kind == RuleKind.Divieto => $"Fine del divieto: {rule.Title}",
            EntryPart.Closes => $"Termine: {rule.Title} (iniziato {ItalianDates.Long(deadline.StartDate!.Value)}{At(deadline.StartTime)})",
            _ when rule.Kind == RuleKind.Scadenza => $"Scadenza: {rule.Title}",
            _ when rule.Kind == RuleKind.Inizio => $"Inizio del termine: {rule.Title}",
            _ => rule.Title,
        };
        output.WriteLine($"  • {hour}{line}");
        var prefetto = rule.AssicurazionePrefetto ? " · assicurazione al Prefetto" : "";
        output.WriteLine($"      {set.ActorLabel(rule.Actor)} · {rule.Consultation.Label()}{prefetto}");
        output.WriteLine($"      Rif.: {deadline.LegalBasis}");
    }

    private static string At(ClockTime? time) => time is { } t ? $", {ItalianDates.Hour(t)}" : "";

    private static string Waiting(CalendarSet set, Deadline deadline)
    {
        var point = deadline.Variant.End;
        var after = point.Days switch
        {
            0 => "il giorno stesso di",
            1 => "il giorno successivo a",
            var n when n > 0 => $"entro {n} giorni da",
            var n => $"{-n} giorni prima di",
        };
        return point switch
        {
            { Anchor: AnchorKind.Event, Target: { } id } => $"{after}: {set.Events.GetValueOrDefault(id, id)}",
            { Anchor: AnchorKind.Rule, Target: { } id } => $"{after}: {id}",
            _ => "in attesa di un evento",
        };
    }

    private enum EntryPart
    {
        Single,
        Opens,
        Closes,
    }

    private sealed record Entry(LocalDate Day, ClockTime? Time, Deadline Deadline, EntryPart Part);
}
