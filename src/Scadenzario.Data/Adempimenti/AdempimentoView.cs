using NodaTime;
using Scadenzario.Data.Model;

namespace Scadenzario.Data.Adempimenti;

/// <summary>The phases of an ente's tornata, in order; the current one follows from its open acts.</summary>
public enum Phase
{
    Preparazione,
    PresentazioneListe,
    Votazione,
    Scrutinio,
    Proclamazione,
    Rendiconto,
    Concluso,
}

public static class Phases
{
    public static string Label(Phase phase) => phase switch
    {
        Phase.Preparazione => "preparazione",
        Phase.PresentazioneListe => "presentazione liste",
        Phase.Votazione => "votazione",
        Phase.Scrutinio => "scrutinio",
        Phase.Proclamazione => "proclamazione",
        Phase.Rendiconto => "rendiconto",
        _ => "concluso",
    };

    /// <summary>
    /// The phase an act belongs to, by its day relative to the vote: up to the 31st day before,
    /// preparation; from the lists (30th day) to the eve, lists and campaign; the voting days;
    /// the count (two days after); the proclamation (up to and including a ballottaggio); then
    /// only the rendiconto remains.
    /// </summary>
    public static Phase Of(string ruleId, int? offsetDays)
    {
        if (ruleId.StartsWith("rendiconto.", StringComparison.Ordinal))
        {
            return Phase.Rendiconto;
        }

        return OfOffset(offsetDays);
    }

    private static Phase OfOffset(int? offsetDays)
    {
        return offsetDays switch
        {
            null => Phase.Proclamazione,
            <= -31 => Phase.Preparazione,
            < 0 => Phase.PresentazioneListe,
            0 => Phase.Votazione,
            <= 2 => Phase.Scrutinio,
            _ => Phase.Proclamazione,
        };
    }

    /// <summary>
    /// The phase from what the database aggregates of the open acts: the earliest offset of the
    /// acts dated from the vote, whether any open act has no offset (counted from an event), and
    /// whether the rendiconto is open. <see cref="OfOffset"/> grows with the offset, so the earliest
    /// offset gives the earliest phase.
    /// </summary>
    public static Phase Earliest(int? minOpenOffset, bool openWithoutOffset, bool openRendiconto)
    {
        var phase = Phase.Concluso;
        if (openRendiconto)
        {
            phase = Phase.Rendiconto;
        }

        if (openWithoutOffset && Phase.Proclamazione < phase)
        {
            phase = Phase.Proclamazione;
        }

        if (minOpenOffset is { } offset && OfOffset(offset) < phase)
        {
            phase = OfOffset(offset);
        }

        return phase;
    }
}
