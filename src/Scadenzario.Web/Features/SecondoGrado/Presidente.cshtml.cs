using Microsoft.AspNetCore.Mvc;
using NodaTime;
using Scadenzario.Data.SecondoGrado;
using Scadenzario.Web.Infrastructure;

namespace Scadenzario.Web.Features.SecondoGrado;

/// <summary>
/// The election of the presidente della provincia (L. 56/2014, art. 1, commi 58-61): the way to the
/// candidacy's and the count's forms, the examination of the candidacies with its report, the proclamation
/// (with the outcome of a draw where a tie needs one) and the verbale. A città metropolitana elects none.
/// </summary>
public sealed class PresidenteModel(EnteAccess access, EnteDirectory directory, UfficioElettorale service, IClock clock)
    : UfficioPageModel(access, directory, service, clock)
{
    /// <summary>The outcome of a draw already held, as names separated by commas; the first among the tied wins.</summary>
    [BindProperty]
    public string? Sorteggio { get; set; }

    /// <summary>The report of the examination just run; the examination is an act, so it is shown when made.</summary>
    public RapportoAmmissionePresidente? Rapporto { get; private set; }

    public PresidenteProclamato? Proclamato { get; private set; }

    /// <summary>Whether the presidente is proclaimed: the verbale exists and nothing more can be recorded.</summary>
    public bool HaVerbale { get; private set; }

    public bool Provinciali => Ufficio?.Consultation == "provinciali";

    public string Base => $"/ufficio/{Ente}/tornate/{Tornata}/presidente";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await CheckAccessAsync(act: false, cancellationToken) is { } denied)
        {
            return denied;
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostEsaminaAsync(CancellationToken cancellationToken)
    {
        if (await CheckAccessAsync(act: true, cancellationToken) is { } denied)
        {
            return denied;
        }

        Rapporto = await TryAsync(ufficio => Service.ExamineCandidaturePresidente.HandleAsync(new(ufficio.Id, Actor), cancellationToken));
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostProclamaAsync(CancellationToken cancellationToken)
    {
        if (await CheckAccessAsync(act: true, cancellationToken) is { } denied)
        {
            return denied;
        }

        if (Ufficio is not null)
        {
            var sorteggio = Sorteggio?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) is { Length: > 0 } nomi ? nomi : null;
            try
            {
                Proclamato = await Service.ProclaimPresidente.HandleAsync(new(Ufficio.Id, Actor, sorteggio), cancellationToken);
            }
            catch (Data.DomainException e)
            {
                // A tie the law settles by lot, or a draw naming someone who is not tied, concerns the draw's field.
                ModelState.AddModelError(e.Message.Contains("sorte", StringComparison.OrdinalIgnoreCase) ? nameof(Sorteggio) : "", e.Message);
            }
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (Ufficio is null || !Provinciali)
        {
            return;
        }

        try
        {
            await Service.GetVerbalePresidente.HandleAsync(new(Ufficio.Id, FormatoVerbale.Testo), cancellationToken);
            HaVerbale = true;
        }
        catch (Data.NotFoundException)
        {
            HaVerbale = false;
        }
    }
}
