using Scadenzario.Data.Tornate;

namespace Scadenzario.Cli.Tornate;

/// <summary>The changes of a new derivation of a tornata, ente by ente, with the totals, as the offices read them.</summary>
internal static class TornataChangesText
{
    public static void Write(TextWriter output, TornataChanges changes)
    {
        if (changes.IsEmpty)
        {
            output.WriteLine("Nessun adempimento cambia.");
            return;
        }

        foreach (var ente in changes.Enti)
        {
            output.WriteLine($"{ente.EnteName} ({ente.EnteCode}): {Counts(ente.Count)}");
            foreach (var change in ente.Changes)
            {
                output.WriteLine(change.Kind switch
                {
                    TaskChangeKind.Added => $"  + {change.Title} ({change.RuleId}): {change.To}",
                    TaskChangeKind.Moved => $"  ~ {change.Title} ({change.RuleId}): da {change.From} a {change.To}{(change.Completed ? " (già completato: resta completato)" : "")}",
                    TaskChangeKind.Dropped => $"  - {change.Title} ({change.RuleId}){(change.Completed ? ": già completato, il completamento è conservato" : ": non più previsto")}",
                    _ => $"  * {change.Title} ({change.RuleId}): aggiornato (titolo, base giuridica, inizio o attesa di un evento)",
                });
            }
        }

        output.WriteLine($"Totale: {changes.Enti.Count} enti; {Counts(changes.Count)}" +
            (changes.CompletedDropped > 0 ? $"; dei non più previsti, {changes.CompletedDropped} già completati restano completati." : "."));
    }

    private static string Counts(Func<TaskChangeKind, int> count) =>
        $"{count(TaskChangeKind.Added)} da aggiungere, {count(TaskChangeKind.Moved)} da spostare, " +
        $"{count(TaskChangeKind.Dropped)} non più previsti, {count(TaskChangeKind.Updated)} altri aggiornamenti";
}
