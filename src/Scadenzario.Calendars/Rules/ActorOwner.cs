namespace Scadenzario.Calendars.Rules;

/// <summary>
/// Whose work an actor's acts are. The calendars list every act of a tornata, also those of
/// candidates, electors, seggi and the State; only a comune's own offices' acts are the comune's
/// tasks, and only the prefettura's are the prefettura's.
/// </summary>
public enum ActorOwner
{
    /// <summary>An office of the comune (ufficio elettorale, sindaco, giunta, segretario, commissione elettorale comunale).</summary>
    Comune,

    /// <summary>The prefettura - ufficio territoriale del Governo.</summary>
    Prefettura,

    /// <summary>An office of the provincia or città metropolitana in a second-level vote.</summary>
    SecondoGrado,

    /// <summary>Anyone else (candidati, elettori, Corte d'appello, seggi, the commissione circondariale…): for an ente, only to know.</summary>
    Altri,
}

public static class ActorOwners
{
    private static readonly string[] Ids = ["comune", "prefettura", "secondo-grado", "altri"];

    /// <summary>The ids as written in <c>index.yaml</c>, in declaration order.</summary>
    public static IReadOnlyList<string> All => Ids;

    public static string Id(this ActorOwner owner) => Ids[(int)owner];

    public static bool TryParse(string id, out ActorOwner owner)
    {
        var index = Array.IndexOf(Ids, id);
        owner = (ActorOwner)Math.Max(index, 0);
        return index >= 0;
    }

    /// <summary>The owner of an id read back from storage, where only the ids of <see cref="All"/> are written.</summary>
    public static ActorOwner Parse(string id) =>
        TryParse(id, out var owner) ? owner : throw new FormatException($"owner \"{id}\" sconosciuto (ammessi: {string.Join(", ", Ids)})");

    /// <summary>Whether an ente's offices answer for the act: the comune's own, or a provincia's in a second-level vote.</summary>
    public static bool IsEnteOwn(this ActorOwner owner) => owner is ActorOwner.Comune or ActorOwner.SecondoGrado;
}

/// <summary>An actor of <c>index.yaml</c>: the label offices read, and whose work its acts are.</summary>
public sealed record ActorDefinition(string Label, ActorOwner Owner);
