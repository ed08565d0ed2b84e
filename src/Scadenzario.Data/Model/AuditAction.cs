namespace Scadenzario.Data.Model;

/// <summary>
/// What one entry of an act's history records. The stored ids are those the CHECK constraint of
/// <c>adempimento_audit.action</c> allows (migrations/0003_storico.sql, 0022_contatti.sql); the synchronizer, the
/// import of enti and the second-level offices write them in SQL, the services through EF.
/// </summary>
public enum AuditAction
{
    /// <summary>The act was created (a tornata, a consultation or a calendar version added it).</summary>
    Creato,

    /// <summary>An office completed it, with its evidence.</summary>
    Completato,

    /// <summary>An office reopened a completed act.</summary>
    Riaperto,

    /// <summary>A waiting act got its date from an event.</summary>
    Datato,

    /// <summary>An act not applicable (or waiting) became one to do.</summary>
    Attivato,

    /// <summary>The rule no longer applies to the ente (no ballottaggio, a new calendar version…).</summary>
    NonApplicabile,

    /// <summary>Its due date moved (a postponement, an event recorded again).</summary>
    Spostato,

    /// <summary>The ente merged into another comune: the act is kept, and marked.</summary>
    EnteAccorpato,

    /// <summary>Anything else the synchronizer changed (title, legal basis, a note on a completion kept).</summary>
    Aggiornato,

    /// <summary>The prefettura reminded the comune of the overdue act (a sollecito, sent through the outbox).</summary>
    Sollecitato,
}

/// <summary>The audit actions at the database edge: the ids of <c>adempimento_audit.action</c>, converted once here.</summary>
public static class AuditActions
{
    private static readonly string[] Ids = ["creato", "completato", "riaperto", "datato", "attivato", "non_applicabile", "spostato", "ente_accorpato", "aggiornato", "sollecitato"];

    /// <summary>Every stored id, in the order of <see cref="AuditAction"/>.</summary>
    public static IReadOnlyList<string> All => Ids;

    public static string Id(this AuditAction action) => Ids[(int)action];

    public static AuditAction Parse(string id)
    {
        var index = Array.IndexOf(Ids, id);
        return index >= 0 ? (AuditAction)index : throw new FormatException($"azione \"{id}\" sconosciuta nello storico (ammesse: {string.Join(", ", Ids)})");
    }
}
