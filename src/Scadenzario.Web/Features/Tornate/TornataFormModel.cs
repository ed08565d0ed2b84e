using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using NodaTime.Text;
using Scadenzario.Calendars.Time;
using Scadenzario.Web.Infrastructure;

namespace Scadenzario.Web.Features.Tornate;

/// <summary>
/// What the tornata pages share: only an amministratore reaches them (the pages live outside the
/// Amministrazione folder, so the policy is named here), and every refusal is kept by field, to be
/// shown at once next to it.
/// </summary>
[Authorize(Policy = WebServices.AmministrazionePolicy)]
public abstract class TornataFormModel(IClock clock) : PageModel
{
    /// <summary>The first message of <paramref name="field"/>, or null.</summary>
    public string? ErrorFor(string field) =>
        ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    protected IClock Clock { get; } = clock;

    /// <summary>Today in Europe/Rome, from the injected clock.</summary>
    protected LocalDate Today => Clock.GetCurrentInstant().InZone(RomeTime.Zone).Date;

    /// <summary>
    /// The voting days typed in the two date fields (the second one empty for a one-day vote), or
    /// null with the problem next to the field. Only the form is read here: which days are allowed is
    /// <c>VotingDaysPolicy</c>'s.
    /// </summary>
    protected IReadOnlyList<LocalDate>? ReadVotingDays(string firstField, string? first, string secondField, string? second)
    {
        var firstDay = ReadDate(firstField, first, "Indicare il giorno della votazione.");
        LocalDate? secondDay = string.IsNullOrWhiteSpace(second) ? null : ReadDate(secondField, second, null);
        if (firstDay is null || (!string.IsNullOrWhiteSpace(second) && secondDay is null))
        {
            return null;
        }

        return secondDay is { } next ? [firstDay.Value, next] : [firstDay.Value];
    }

    /// <summary>A date typed in an &lt;input type="date"&gt; (the browser sends it as the ISO pattern), or null with the problem next to the field.</summary>
    protected LocalDate? ReadDate(string field, string? text, string? missing)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (missing is not null)
            {
                ModelState.AddModelError(field, missing);
            }

            return null;
        }

        if (LocalDatePattern.Iso.Parse(text.Trim()) is { Success: true } parsed)
        {
            return parsed.Value;
        }

        ModelState.AddModelError(field, "Data non valida: indicare giorno, mese e anno.");
        return null;
    }

    /// <summary>Back to the tornata's page with the outcome above it.</summary>
    protected IActionResult BackToTornata(long id, string outcome)
    {
        TempData["Esito"] = outcome;
        return Redirect($"/amministrazione/tornate/{id}");
    }
}
