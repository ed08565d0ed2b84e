using Microsoft.AspNetCore.Mvc.RazorPages;
using Scadenzario.Accounts;
using Scadenzario.Data.Adempimenti;
using Scadenzario.Jobs.Digest;
using Scadenzario.Web.Infrastructure;

namespace Scadenzario.Web.Features.Guida;

/// <summary>One part of the Guida: its anchor, its title, and the partial that writes it.</summary>
public sealed record GuidaSection(string Id, string Title, string Partial);

/// <summary>
/// The help page, for every signed-in role (the folder convention requires a sign-in; no data is
/// read): the section of the user's own role first, then what every role shares (working on the
/// acts, the states, the messages), then the other roles' sections. The figures it states (the
/// days "in scadenza", the hours of the jobs, the reminders) are read from the code that applies them.
/// </summary>
public sealed class GuidaModel : PageModel
{
    public static readonly GuidaSection Comune = new("comune", "Comune: operatore e segretario comunale", "_Comune");
    public static readonly GuidaSection Prefettura = new("prefettura", "Prefettura", "_Prefettura");
    public static readonly GuidaSection SecondoGrado = new("secondo-grado", "Ufficio elettorale metropolitano o provinciale", "_SecondoGrado");
    public static readonly GuidaSection Amministratore = new("amministratore", "Amministratore", "_Amministratore");
    public static readonly GuidaSection Adempimenti = new("adempimenti", "Lavorare sugli adempimenti", "_Adempimenti");
    public static readonly GuidaSection Stati = new("stati", "Che cosa significa lo stato di un adempimento", "_Stati");
    public static readonly GuidaSection Messaggi = new("messaggi", "Chi riceve quali messaggi", "_Messaggi");

    private static readonly IReadOnlyList<GuidaSection> RoleSections = [Comune, Prefettura, SecondoGrado, Amministratore];

    /// <summary>The user's own role section, or null when the role is none of the four.</summary>
    public GuidaSection? Own { get; private set; }

    /// <summary>Every section, in the order the page shows them.</summary>
    public IReadOnlyList<GuidaSection> Sections { get; private set; } = [];

    /// <summary>The user's ente (a comune's ISTAT code, or a province's sigla), for the links to their own pages.</summary>
    public string? Ente { get; private set; }

    public static int NextDays => ActStates.NextDays;

    public static string DigestHour => $"{DailyDigest.RunsAt.Hour}.{DailyDigest.RunsAt.Minute:00}";

    public void OnGet()
    {
        Ente = EnteAccess.EnteOf(User);
        Own = User.IsInRole(Roles.Amministratore) ? Amministratore
            : User.IsInRole(Roles.Prefettura) ? Prefettura
            : User.IsInRole(Roles.UfficioProvinciale) ? SecondoGrado
            : User.IsInRole(Roles.Operatore) || User.IsInRole(Roles.Segretario) ? Comune
            : null;
        var sections = new List<GuidaSection>();
        if (Own is not null)
        {
            sections.Add(Own);
        }

        sections.AddRange([Adempimenti, Stati, Messaggi]);
        sections.AddRange(RoleSections.Where(r => r != Own));
        Sections = sections;
    }
}
