namespace Scadenzario.Calendars.Rules;

/// <summary>
/// A kind of consultation a rule belongs to. <see cref="Comune"/> is not an election: it holds
/// the acts every direct consultation shares (revisione delle liste, scrutatori, seggi, …).
/// </summary>
public enum ConsultationType
{
    Comune,
    Europee,
    Comunali,
    Ballottaggio,
    Metropolitane,
    Provinciali,
    Referendum,
    Politiche,
    Regionali,
}

public static class ConsultationTypes
{
    private static readonly (ConsultationType Type, string Id, string Label)[] All =
    [
        (ConsultationType.Comune, "comune", "Adempimenti comuni"),
        (ConsultationType.Europee, "europee", "Elezioni europee"),
        (ConsultationType.Comunali, "comunali", "Elezioni comunali"),
        (ConsultationType.Ballottaggio, "ballottaggio", "Turno di ballottaggio"),
        (ConsultationType.Metropolitane, "metropolitane", "Elezione del consiglio metropolitano"),
        (ConsultationType.Provinciali, "provinciali", "Elezioni provinciali"),
        (ConsultationType.Referendum, "referendum", "Referendum popolare"),
        (ConsultationType.Politiche, "politiche", "Elezioni politiche"),
        (ConsultationType.Regionali, "regionali", "Elezioni regionali"),
    ];

    /// <summary>The id used in calendar files, the CLI and JSON (e.g. <c>europee</c>).</summary>
    public static string Id(this ConsultationType type) => All[(int)type].Id;

    /// <summary>The Italian name offices read.</summary>
    public static string Label(this ConsultationType type) => All[(int)type].Label;

    public static bool TryParse(string id, out ConsultationType type)
    {
        foreach (var entry in All)
        {
            if (entry.Id == id)
            {
                type = entry.Type;
                return true;
            }
        }

        type = default;
        return false;
    }

    /// <summary>
    /// Consultations voted directly by citizens in the comune's polling stations: they bring the
    /// common acts along. Second-level elections are held by the metropolitan or provincial office.
    /// </summary>
    public static bool IsDirect(this ConsultationType type) =>
        type is ConsultationType.Europee or ConsultationType.Comunali or ConsultationType.Ballottaggio
            or ConsultationType.Referendum or ConsultationType.Politiche or ConsultationType.Regionali;
}
