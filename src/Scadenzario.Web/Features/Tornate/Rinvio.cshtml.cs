using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Npgsql;
using Scadenzario.Calendars;
using Scadenzario.Calendars.Derivation;
using Scadenzario.Data;
using Scadenzario.Data.Limits;
using Scadenzario.Data.Tornate;
using Scadenzario.Web.Infrastructure;

namespace Scadenzario.Web.Features.Tornate;

/// <summary>
/// Moves the voting days of a tornata as `tornata postpone` does: "Mostra che cosa si sposta" shows,
/// ente by ente, the acts that would move (<see cref="TornataService.PreviewPostponeAsync"/>, which
/// writes nothing); only "Conferma il rinvio", on the preview's page, moves them.
/// </summary>
public sealed class RinvioModel(TornataService service, NpgsqlDataSource dataSource, CalendarSet calendars, IClock clock) : TornataFormModel(clock)
{
    [FromRoute]
    public long Id { get; set; }

    [BindProperty]
    public string? PrimoGiorno { get; set; }

    [BindProperty]
    public string? SecondoGiorno { get; set; }

    [BindProperty]
    public string? Motivo { get; set; }

    /// <summary>The days the preview showed, sent back with the confirmation: days changed after the preview are not confirmed.</summary>
    [BindProperty]
    public string? Anteprima { get; set; }

    public TornataOverview Tornata { get; private set; } = null!;

    /// <summary>The days as the form sent them, to compare the confirmation with its preview.</summary>
    public string Typed => $"{PrimoGiorno?.Trim()}|{SecondoGiorno?.Trim()}";

    /// <summary>The preview of the move: set after "Mostra che cosa si sposta", with the confirmation button beside it.</summary>
    public TornataChanges? Preview { get; private set; }

    public IReadOnlyList<LocalDate>? NewDays { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    /// <summary>The preview: every check of the move, and what would move; nothing is written.</summary>
    public async Task<IActionResult> OnPostAnteprimaAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Read() is not { } days)
        {
            return Page();
        }

        try
        {
            Preview = await service.PreviewPostponeAsync(Id, days, VotingDaysAdvice.Form, cancellationToken);
            NewDays = days;
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(nameof(PrimoGiorno), e.Message);
        }

        return Page();
    }

    /// <summary>The confirmed move, sent from the preview's page.</summary>
    public async Task<IActionResult> OnPostConfermaAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Read() is not { } days)
        {
            return Page();
        }

        if (Anteprima != Typed)
        {
            ModelState.AddModelError(nameof(PrimoGiorno), "I giorni sono cambiati dopo l'anteprima: mostrare di nuovo che cosa si sposta, poi confermare.");
            return Page();
        }

        try
        {
            var result = await service.PostponeAsync(Id, days, Motivo!, EnteAccess.ActorName(User), VotingDaysAdvice.Form, cancellationToken);
            return BackToTornata(Id, $"Tornata rinviata a {VotingDaysPolicy.Describe(days)}: {Display.Number(result.Moved)} scadenze spostate in {Display.Number(result.Enti)} enti. " +
                "Lo storico degli spostamenti è conservato; gli uffici ricevono l'avviso con il prossimo invio degli avvisi.");
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(nameof(PrimoGiorno), e.Message);
            return Page();
        }
    }

    /// <summary>The new days and the reason, checked as the service will: the days by <see cref="VotingDaysPolicy"/> for the consultations the tornata holds.</summary>
    private IReadOnlyList<LocalDate>? Read()
    {
        if (string.IsNullOrWhiteSpace(Motivo))
        {
            ModelState.AddModelError(nameof(Motivo), "Indicare il motivo del rinvio (es. il decreto che lo dispone).");
        }
        else if (InputLimits.Problem(Motivo.Trim(), InputLimits.Motivo) is { } tooLong)
        {
            ModelState.AddModelError(nameof(Motivo), tooLong);
        }

        var days = ReadVotingDays(nameof(PrimoGiorno), PrimoGiorno, nameof(SecondoGiorno), SecondoGiorno);
        // Without consultations yet a tornata may take any day some consultation may have: the second level's, which admits every day.
        if (days is not null && VotingDaysPolicy.Problem(days, Tornata.Level ?? VotingLevel.SecondLevel, Today, "I nuovi giorni della votazione", VotingDaysAdvice.Form) is { } wrongDays)
        {
            ModelState.AddModelError(nameof(PrimoGiorno), wrongDays);
        }

        return ModelState.IsValid ? days : null;
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await TornataOverview.LoadAsync(dataSource, calendars, Id, cancellationToken) is not { } tornata)
        {
            return false;
        }

        Tornata = tornata;
        return true;
    }
}
