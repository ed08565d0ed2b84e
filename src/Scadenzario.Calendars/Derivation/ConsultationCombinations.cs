using NodaTime;
using Scadenzario.Calendars.Regions;
using Scadenzario.Calendars.Rules;

namespace Scadenzario.Calendars.Derivation;

/// <summary>
/// Which consultations the law lets one tornata hold, checked in one place for the engine, the CLI
/// and the tornate; messages are Italian and say which law forbids what. What is allowed, and why:
/// <list type="bullet">
///   <item>comunali, regionali, politiche on one date of the year, with the europee when they fall in
///   the same year (art. 7, commi 1 e 2, D.L. 98/2011, conv. L. 111/2011: "Qualora nel medesimo anno
///   si svolgano le elezioni dei membri del Parlamento europeo … le consultazioni di cui al comma 1
///   si effettuano nella data stabilita per le elezioni del Parlamento europeo"), so politiche with
///   europee is a legal combination;</item>
///   <item>a referendum with any of them when the decree of the tornata joins them (2020: the
///   referendum costituzionale with regionali and comunali, art. 1-bis, comma 3, D.L. 26/2020; 2022:
///   the abrogativi with the comunali) — except the abrogativo with the politiche: the dissolution
///   of the Chambers suspends a referendum already called, and its terms start again on the 365th
///   day after the election (art. 34, commi 2 e 3, L. 352/1970);</item>
///   <item>regionali only in an ordinary-statute region, for the comuni of that region.</item>
/// </list>
/// The abrogativo's Sunday "compresa tra il 15 aprile ed il 15 giugno" (art. 34, comma 1, L.
/// 352/1970) is not checked: a law may move it (L. 332/1987 set the referendums of 1987 between 15
/// October and 30 November), and the decree's day is what the comune must follow.
/// </summary>
public static class ConsultationCombinations
{
    /// <summary>The tornata parameter (index.yaml) that says which referendum is held.</summary>
    public const string ReferendumKind = "referendum-tipo";

    public const string Abrogativo = "abrogativo";

    /// <summary>
    /// Null when the consultations may be held together on <paramref name="votingDay"/> (the giorno
    /// della votazione) with the tornata's <paramref name="parameters"/>; otherwise the Italian reason.
    /// </summary>
    public static string? Problem(IReadOnlyCollection<ConsultationType> consultations, LocalDate votingDay, IReadOnlyDictionary<string, string> parameters)
    {
        ArgumentNullException.ThrowIfNull(consultations);
        ArgumentNullException.ThrowIfNull(parameters);
        if (!consultations.Contains(ConsultationType.Referendum))
        {
            return null;
        }

        var kind = parameters.TryGetValue(ReferendumKind, out var text) ? text.Trim() : null;
        if (consultations.Contains(ConsultationType.Politiche))
        {
            if (kind is null)
            {
                return $"Referendum ed elezioni politiche nella stessa tornata: indicare il tipo di referendum (parametro {ReferendumKind}=costituzionale o {ReferendumKind}=abrogativo), perché un referendum abrogativo non può tenersi con le politiche (art. 34 L. 352/1970).";
            }

            if (kind == Abrogativo)
            {
                return "Il referendum abrogativo non può tenersi insieme alle elezioni politiche: lo scioglimento delle Camere sospende il referendum già indetto, i cui termini riprendono dal 365° giorno dopo l'elezione (art. 34, secondo e terzo comma, L. 352/1970). Tenere il referendum in un'altra tornata.";
            }
        }

        return null;
    }

    /// <summary>
    /// Null when the regionali can be derived for a comune of <paramref name="region"/> (or when they
    /// are not held); otherwise the Italian reason: no region given, or a special-statute one, whose
    /// regional elections follow its own law and are not in these calendars.
    /// <paramref name="specialStatute"/>: the facts say special statute without naming the region.
    /// </summary>
    public static string? RegionProblem(IReadOnlyCollection<ConsultationType> consultations, ItalianRegion? region, bool specialStatute = false)
    {
        ArgumentNullException.ThrowIfNull(consultations);
        if (!consultations.Contains(ConsultationType.Regionali))
        {
            return null;
        }

        if (region is null && specialStatute)
        {
            return "Le elezioni regionali delle regioni a statuto speciale non sono nel calendario: seguono la legge elettorale della Regione o delle Province autonome (art. 116 Cost. e statuto). Il calendario delle regionali copre le quindici regioni a statuto ordinario.";
        }

        if (region is null)
        {
            return "Le elezioni regionali si tengono per i comuni di una regione: indicare la regione (a statuto ordinario, es. Liguria o 07).";
        }

        return region.SpecialStatute
            ? $"Le elezioni regionali {region.Of()} non sono nel calendario: è una regione a statuto speciale e le sue elezioni seguono la legge elettorale della Regione o delle Province autonome (art. 116 Cost. e statuto), non la L. 108/1968 né la L. 165/2004. Il calendario delle regionali copre le quindici regioni a statuto ordinario."
            : null;
    }
}
