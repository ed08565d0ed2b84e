using NodaTime;
using Scadenzario.Calendars.Rules;

namespace Scadenzario.Jobs.Composition;

/// <summary>An adempimento as the emails show it: what, who, when, on which legal basis, and its page.</summary>
public sealed record TaskItem(
    long Id,
    string Title,
    string ActorLabel,
    string Kind,
    string LegalBasis,
    LocalDate? StartDate,
    ClockTime? StartTime,
    LocalDate? DueDate,
    ClockTime? DueTime);

/// <summary>One ente's part of a message: its name and the acts in it.</summary>
public sealed record EnteRef(string Code, string Kind, string Name)
{
    /// <summary>"Comune di Genova", "Provincia di Cuneo", "Città metropolitana di Torino".</summary>
    public string Label => Kind switch
    {
        Data.Model.EnteKinds.Comune => $"Comune di {Name}",
        Data.Model.EnteKinds.CittaMetropolitana => Name.StartsWith("Città", StringComparison.Ordinal) ? Name : $"Città metropolitana di {Name}",
        Data.Model.EnteKinds.Provincia => Name.StartsWith("Provincia", StringComparison.Ordinal) ? Name : $"Provincia di {Name}",
        _ => Name,
    };

    /// <summary>The label with its article, to follow a preposition or open a sentence: "il Comune di Genova", "la Provincia di Cuneo".</summary>
    public string WithArticle => Kind switch
    {
        Data.Model.EnteKinds.Comune or Data.Model.EnteKinds.LiberoConsorzio => $"il {Label}",
        Data.Model.EnteKinds.Provincia or Data.Model.EnteKinds.ProvinciaAutonoma or Data.Model.EnteKinds.CittaMetropolitana => $"la {Label}",
        _ => $"l'ente {Label}",
    };
}
