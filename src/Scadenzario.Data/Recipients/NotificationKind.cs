namespace Scadenzario.Data.Recipients;

/// <summary>
/// The automated messages a person can choose to receive, one setting each on /account/notifiche
/// (columns of <c>notification_settings</c>, migration 0018).
/// </summary>
public enum NotificationKind
{
    /// <summary>The morning digest, which carries that day's reminders (3 days, the day before, the day itself).</summary>
    Riepilogo,

    /// <summary>
    /// What cannot wait for the next morning's digest: an office's act whose deadline falls before
    /// the next digest and that the last digest could not carry; for a prefettura, the assicurazioni
    /// al Prefetto written on completion.
    /// </summary>
    Urgente,

    /// <summary>A prefettura's daily table of its comuni's overdue acts.</summary>
    Sollecito,

    /// <summary>The deadlines a postponement of the tornata, or a recorded event, moved.</summary>
    Rinvio,
}

/// <summary>Which messages each kind of person can receive, and how the pages name them.</summary>
public static class NotificationKinds
{
    /// <summary>A comune's or a second-level office's people: everything but the escalation, which is the prefettura's.</summary>
    public static IReadOnlyList<NotificationKind> ForOffice { get; } = [NotificationKind.Riepilogo, NotificationKind.Urgente, NotificationKind.Rinvio];

    /// <summary>A prefettura's people: its own acts' digest, the assicurazioni and the escalation.</summary>
    public static IReadOnlyList<NotificationKind> ForPrefettura { get; } = [NotificationKind.Riepilogo, NotificationKind.Urgente, NotificationKind.Sollecito];

    public static string Label(NotificationKind kind, bool prefettura) => kind switch
    {
        NotificationKind.Riepilogo when prefettura => "Riepilogo quotidiano degli adempimenti della Prefettura",
        NotificationKind.Riepilogo => "Riepilogo quotidiano, con i promemoria del giorno",
        NotificationKind.Urgente when prefettura => "Assicurazioni al Prefetto, appena un comune completa l'adempimento",
        NotificationKind.Urgente => "Avvisi urgenti: scadenze che non possono attendere il riepilogo del mattino",
        NotificationKind.Sollecito => "Segnalazione quotidiana dei comuni in ritardo",
        _ => "Avvisi di scadenze spostate (rinvio della tornata, evento registrato)",
    };

    /// <summary>The short name, as the list of who receives what shows it.</summary>
    public static string ShortLabel(NotificationKind kind) => kind switch
    {
        NotificationKind.Riepilogo => "riepilogo",
        NotificationKind.Urgente => "avvisi urgenti",
        NotificationKind.Sollecito => "segnalazione dei ritardi",
        _ => "scadenze spostate",
    };
}
