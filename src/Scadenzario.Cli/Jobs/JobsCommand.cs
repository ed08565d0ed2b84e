using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NodaTime;
using NodaTime.Text;
using Scadenzario.Calendars;
using Scadenzario.Calendars.Time;
using Scadenzario.Cli.Infrastructure;
using Scadenzario.Data;
using Scadenzario.Jobs;
using Scadenzario.Jobs.Mail;
using Scadenzario.Jobs.Scheduling;

namespace Scadenzario.Cli.Jobs;

/// <summary>
/// <c>scadenzario jobs run digest|reminders|escalation|notices|sender [--at DATETIME]</c> runs a job
/// once, as at that instant in Rome; <c>scadenzario jobs serve</c> runs this node's scheduler until
/// Ctrl+C, in the cluster of every node on the same database.
/// </summary>
internal static class JobsCommand
{
    private static readonly LocalDateTimePattern[] AtPatterns =
    [
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm"),
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm:ss"),
        LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm"),
    ];

    public static Command Create(CliEnvironment env)
    {
        var job = new Argument<string>("JOB") { Description = $"Il job da eseguire: {string.Join(", ", JobNames.All)}." };
        job.AcceptOnlyFromAmong([.. JobNames.All]);
        var at = new Option<string?>("--at") { Description = "L'istante, ora di Roma (AAAA-MM-GGTHH:MM, es. 2024-05-10T07:30); predefinito: adesso." };
        var run = new Command("run", "Esegue subito un job, come se fosse l'istante indicato.") { job, at };
        run.SetAction((parse, ct) => env.WithDatabase(async dataSource =>
        {
            var now = env.Clock.GetCurrentInstant();
            var instant = parse.GetValue(at) is { } text ? RomeTime.ToInstant(ParseAt(text)) : now;
            var clock = new OffsetClock(env.Clock, instant - now);
            // The job's own clock, set to --at: the runner is built here, from the run's services.
            var runner = new JobRunner(dataSource, env.Get<CalendarSet>(), env.Get<IMailTransport>(), clock, env.Get<JobsOptions>(), NodeName());
            var summary = await runner.RunAsync(parse.GetValue(job)!, instant, ct);
            var local = instant.InZone(RomeTime.Zone);
            env.Out.WriteLine($"{parse.GetValue(job)} ({ItalianDates.LongWithHour(local.LocalDateTime)}): {summary}.");
            return ExitCodes.Success;
        }));

        var node = new Option<string?>("--node") { Description = "Il nome di questo nodo nel cluster; predefinito: host e processo." };
        var serve = new Command("serve", "Avvia lo scheduler dei job (riepilogo, promemoria, segnalazioni, invio) fino a Ctrl+C.") { node };
        serve.SetAction((parse, ct) => env.WithDatabase(async dataSource =>
        {
            var builder = Host.CreateApplicationBuilder();
            builder.Services.AddScadenzarioScheduler(new SchedulerSettings(
                Database.ConnectionString(env.Configuration),
                dataSource,
                env.Get<CalendarSet>(),
                env.Get<IMailTransport>(),
                env.Clock,
                env.Get<JobsOptions>(),
                parse.GetValue(node) ?? NodeName()));
            using var host = builder.Build();
            env.Out.WriteLine("Scheduler avviato: riepilogo alle 7:30, promemoria alle 7:00, segnalazioni alle 8:00 (ora di Roma). Ctrl+C per fermarlo.");
            await host.RunAsync(ct);
            env.Out.WriteLine("Scheduler fermato.");
            return ExitCodes.Success;
        }));

        return new Command("jobs", "I job pianificati: riepilogo quotidiano, promemoria, segnalazioni alle prefetture, invio della posta.") { run, serve };
    }

    private static LocalDateTime ParseAt(string text)
    {
        foreach (var pattern in AtPatterns)
        {
            if (pattern.Parse(text.Trim()) is { Success: true } result)
            {
                return result.Value;
            }
        }

        throw new FormatException($"--at: \"{text}\" non è un istante valido (AAAA-MM-GGTHH:MM, es. 2024-05-10T07:30).");
    }

    private static string NodeName() => $"{Environment.MachineName}-{Environment.ProcessId}";
}
