using System.CommandLine;
using Scadenzario.Calendars.Time;
using Scadenzario.Cli.Infrastructure;
using Scadenzario.Data;
using Scadenzario.Jobs.Outbox;

namespace Scadenzario.Cli.Mail;

/// <summary>
/// <c>scadenzario mail coda [--stato STATO]</c>: the outgoing mail with its attempts;
/// <c>scadenzario mail ritenta ID… | --tutti</c>: failed messages back in the queue.
/// </summary>
internal static class OutboxCommands
{
    public static Command Queue(CliEnvironment env)
    {
        var state = new Option<string>("--stato")
        {
            Description = "Quali messaggi: non-recapitati (predefinito), in-coda, chiusi, inviati.",
            DefaultValueFactory = _ => "non-recapitati",
        };
        var limit = new Option<int>("--limite") { Description = "Quanti messaggi al massimo, i più recenti.", DefaultValueFactory = _ => 50 };
        var queue = new Command("coda", "Elenca la posta in uscita di uno stato, con i tentativi e le risposte del server.") { state, limit };
        queue.SetAction((parse, ct) => env.WithDatabase(async dataSource =>
        {
            var status = OutboxStates.Parse(parse.GetValue(state)!)
                ?? throw new InvalidInputException($"Stato «{parse.GetValue(state)}» sconosciuto: ammessi non-recapitati, in-coda, chiusi, inviati.");
            var counts = await OutboxQueries.CountsAsync(dataSource, ct);
            env.Out.WriteLine(string.Join("; ", OutboxStates.All.Select(s => $"{OutboxStates.Heading(s).ToLowerInvariant()}: {counts[s]}")) + ".");
            foreach (var message in await OutboxQueries.ListAsync(dataSource, status, Math.Max(1, parse.GetValue(limit)), ct))
            {
                env.Out.WriteLine($"n. {message.Id} a {message.Recipient}: «{message.Subject}» ({OutboxStates.Label(message.Status)}, tentativi: {message.Attempts})");
                if (message.ClosedReason is { } reason)
                {
                    env.Out.WriteLine($"    {reason}");
                }

                foreach (var attempt in message.AttemptLog)
                {
                    env.Out.WriteLine($"    tentativo {attempt.Attempt}, {ItalianDates.LongWithHour(attempt.Finished.InZone(RomeTime.Zone).LocalDateTime)}: {attempt.Answer}");
                }
            }

            return ExitCodes.Success;
        }));
        return queue;
    }

    public static Command Retry(CliEnvironment env)
    {
        var ids = new Argument<long[]>("ID") { Description = "Numeri dei messaggi non recapitati (come li elenca «mail coda»).", Arity = ArgumentArity.ZeroOrMore };
        var all = new Option<bool>("--tutti") { Description = "Rimette in coda tutti i messaggi non recapitati." };
        var retry = new Command("ritenta", "Rimette in coda messaggi non recapitati: partono al prossimo giro dell'invio, con un nuovo periodo di tentativi.") { ids, all };
        retry.SetAction((parse, ct) => env.WithDatabase(async dataSource =>
        {
            var actor = "riga di comando (" + Environment.UserName + ")";
            var now = env.Clock.GetCurrentInstant();
            var chosen = parse.GetValue(ids) ?? [];
            if (parse.GetValue(all) == chosen.Length > 0)
            {
                throw new InvalidInputException("Indicare i numeri dei messaggi oppure --tutti (non entrambi).");
            }

            if (parse.GetValue(all))
            {
                env.Out.WriteLine($"Messaggi rimessi in coda: {await OutboxRequeue.RequeueAllFailedAsync(dataSource, actor, now, ct)}.");
                return ExitCodes.Success;
            }

            var refusals = await OutboxRequeue.RequeueAsync(dataSource, chosen, actor, now, ct);
            if (refusals.Count > 0)
            {
                foreach (var refusal in refusals)
                {
                    env.Error.WriteLine($"errore: {refusal}");
                }

                env.Error.WriteLine("Nessun messaggio rimesso in coda.");
                return ExitCodes.InvalidInput;
            }

            env.Out.WriteLine($"Messaggi rimessi in coda: {chosen.Distinct().Count()}.");
            return ExitCodes.Success;
        }));
        return retry;
    }
}
