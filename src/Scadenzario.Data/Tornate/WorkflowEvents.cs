namespace Scadenzario.Data.Tornate;

/// <summary>
/// Events that move the workflow rather than date an act: whether a ballottaggio is held. They
/// are stored with the calendar events (ente_event) but never passed to the engine as anchors.
/// </summary>
public static class WorkflowEvents
{
    /// <summary>The first round elected no sindaco (or tied below the threshold): the ballottaggio is held; its day is the event's day.</summary>
    public const string BallottaggioNecessario = "ballottaggio-necessario";

    /// <summary>The sindaco was elected in the first round: the ballottaggio acts do not apply.</summary>
    public const string NessunBallottaggio = "nessun-ballottaggio";

    public static bool IsWorkflowEvent(string name) => name is BallottaggioNecessario or NessunBallottaggio;

    public static string Label(string name) => name switch
    {
        BallottaggioNecessario => "Ballottaggio necessario",
        NessunBallottaggio => "Nessun ballottaggio (sindaco eletto al primo turno)",
        _ => name,
    };
}
