using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Scadenzario.Calendars;
using Scadenzario.Calendars.Derivation;
using Scadenzario.Calendars.Rules;
using Scadenzario.Data;
using Scadenzario.Data.Limits;
using Scadenzario.Data.Tornate;

namespace Scadenzario.Web.Features.Tornate;

/// <summary>
/// Creates a tornata (`tornata create`): its name, its voting days and the parameters its decree
/// sets. The checks are the CLI's: <see cref="VotingDaysPolicy"/> for the days and the engine's
/// <see cref="CalendarSet.ValidateParameters(IReadOnlyDictionary{string, string}, VotingDays)"/> for each
/// parameter, asked field by field so that each message stands next to its field; the service asks them again.
/// </summary>
public sealed class NuovaModel(TornataService service, CalendarSet calendars, IClock clock) : TornataFormModel(clock)
{
    [BindProperty]
    public string? Nome { get; set; }

    [BindProperty]
    public string? PrimoGiorno { get; set; }

    [BindProperty]
    public string? SecondoGiorno { get; set; }

    /// <summary>A tornata of metropolitan or provincial elections: one day, also a weekday.</summary>
    [BindProperty]
    public bool SecondoGrado { get; set; }

    /// <summary>Parameter id → value as the browser sends it (hour "22:00", date and hour "2024-06-10T14:00", a choice); empty keeps the law's value.</summary>
    [BindProperty]
    public Dictionary<string, string?> Parametri { get; set; } = [];

    public IReadOnlyList<ParameterDefinition> Definitions => ParameterFields.Of(calendars);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(Nome))
        {
            ModelState.AddModelError(nameof(Nome), "Indicare il nome della tornata.");
        }
        else if (InputLimits.Problem(Nome.Trim(), InputLimits.NomeTornata) is { } tooLong)
        {
            ModelState.AddModelError(nameof(Nome), tooLong);
        }

        var days = ReadVotingDays(nameof(PrimoGiorno), PrimoGiorno, nameof(SecondoGiorno), SecondoGiorno);
        var level = SecondoGrado ? VotingLevel.SecondLevel : VotingLevel.Direct;
        if (days is not null && VotingDaysPolicy.Problem(days, level, Today, advice: VotingDaysAdvice.Form) is { } wrongDays)
        {
            ModelState.AddModelError(nameof(PrimoGiorno), wrongDays);
            days = null;
        }

        var parameters = ParameterFields.Read(calendars, Parametri, days, ModelState, nameof(Parametri));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        try
        {
            var id = await service.CreateAsync(Nome!.Trim(), days!, parameters, level, cancellationToken);
            return BackToTornata(id, $"Tornata «{Nome.Trim()}» creata: {VotingDaysPolicy.Describe(days!)}. Ora aggiungere le consultazioni e gli enti che vi partecipano.");
        }
        catch (DomainException e)
        {
            // What only the service knows (nothing today: every check above is the service's own); kept on the form.
            ModelState.AddModelError(nameof(Nome), e.Message);
            return Page();
        }
    }
}
