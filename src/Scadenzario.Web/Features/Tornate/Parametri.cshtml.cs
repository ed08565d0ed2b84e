using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Npgsql;
using Scadenzario.Calendars;
using Scadenzario.Calendars.Derivation;
using Scadenzario.Calendars.Rules;
using Scadenzario.Data;
using Scadenzario.Data.Tornate;
using Scadenzario.Web.Infrastructure;

namespace Scadenzario.Web.Features.Tornate;

/// <summary>
/// Changes the decree's parameters of a tornata as `tornata parametri` does: "Mostra che cosa cambia"
/// shows, ente by ente, the acts that would move (<see cref="TornataService.PreviewParametersAsync(long, IReadOnlyDictionary{string, string}, VotingDaysAdvice, CancellationToken)"/>,
/// which writes nothing); only "Conferma i parametri", on the preview's page and with the values it
/// showed, changes them. Each value is checked by the engine on its own, next to its field.
/// </summary>
public sealed class ParametriModel(TornataService service, NpgsqlDataSource dataSource, CalendarSet calendars, IClock clock) : TornataFormModel(clock)
{
    private const string Prefix = nameof(Parametri);

    /// <summary>The key of a refusal that belongs to no field (nothing changed, a stale preview), shown above the form ("" is ModelState's root, which holds no message of its own).</summary>
    public const string FormKey = "Modulo";

    [FromRoute]
    public long Id { get; set; }

    /// <summary>Parameter id → value as the browser sends it; an emptied field brings the parameter back to the law's value.</summary>
    [BindProperty]
    public Dictionary<string, string?> Parametri { get; set; } = [];

    /// <summary>The values the preview showed, sent back with the confirmation: a value changed after the preview is not confirmed.</summary>
    [BindProperty]
    public Dictionary<string, string?> Anteprima { get; set; } = [];

    /// <summary>The tornata's stored parameters when the preview was shown: changed meanwhile (by another amministratore), the preview is stale.</summary>
    [BindProperty]
    public string? Versione { get; set; }

    public TornataOverview Tornata { get; private set; } = null!;

    /// <summary>The parameters stored now, as the form shows them (raw values, as the browser's fields take them).</summary>
    public IReadOnlyDictionary<string, string> Stored { get; private set; } = new Dictionary<string, string>();

    public IReadOnlyList<ParameterDefinition> Definitions => ParameterFields.Of(calendars);

    /// <summary>The preview: the parameters after the change and what moves; set after "Mostra che cosa cambia".</summary>
    public (IReadOnlyDictionary<string, string> Parameters, TornataChanges Changes)? Preview { get; private set; }

    /// <summary>The stored parameters as one string (never empty: the form binds an empty field as none), to tell a stale preview.</summary>
    public string StoredVersion => "parametri:" + string.Join('|', Stored.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));

    /// <summary>The value typed in a field, trimmed; empty for an empty field.</summary>
    public string Typed(string id) => Parametri.GetValueOrDefault(id)?.Trim() ?? "";

    /// <summary>A parameter's value as a page shows it ("ore 22:00", "lunedì 10 giugno 2024, ore 14:00").</summary>
    public string Shown(string id, string value) => TornataOverview.Shown(calendars, id, value);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Parametri = Stored.ToDictionary(p => p.Key, p => (string?)p.Value, StringComparer.Ordinal);
        return Page();
    }

    /// <summary>The preview: every check of the change, and what would move; nothing is written.</summary>
    public async Task<IActionResult> OnPostAnteprimaAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Read() is not { } changes)
        {
            return Page();
        }

        try
        {
            Preview = await service.PreviewParametersAsync(Id, changes, VotingDaysAdvice.Form, cancellationToken);
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(FieldOf(changes), e.Message);
        }

        return Page();
    }

    /// <summary>The confirmed change, sent from the preview's page with the values it showed.</summary>
    public async Task<IActionResult> OnPostConfermaAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Read() is not { } changes)
        {
            return Page();
        }

        if (!SameAsPreview())
        {
            return Page();
        }

        try
        {
            var (result, _) = await service.ChangeParametersAsync(Id, changes, EnteAccess.ActorName(User), VotingDaysAdvice.Form, cancellationToken);
            return BackToTornata(Id, $"Parametri del decreto aggiornati: {Display.Number(result.Moved)} scadenze spostate in {Display.Number(result.Enti)} enti. " +
                "Lo storico degli spostamenti è conservato; gli uffici ricevono l'avviso con il prossimo invio degli avvisi.");
        }
        catch (DomainException e)
        {
            ModelState.AddModelError(FieldOf(changes), e.Message);
            return Page();
        }
    }

    /// <summary>
    /// The fields whose value differs from the stored one (an emptied field: "" removes the parameter),
    /// each checked by the engine against the tornata's days; null with the problems next to their fields.
    /// </summary>
    private Dictionary<string, string>? Read()
    {
        ParameterFields.Read(calendars, Parametri, Tornata.VotingDays, ModelState, Prefix);
        var changes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var definition in Definitions)
        {
            var typed = Typed(definition.Id);
            if (typed != Stored.GetValueOrDefault(definition.Id, ""))
            {
                changes[definition.Id] = typed;
            }
        }

        if (ModelState.IsValid && changes.Count == 0)
        {
            ModelState.AddModelError(FormKey, "Nessun parametro è cambiato: modificare almeno un valore (un campo svuotato torna al valore di legge).");
        }

        return ModelState.IsValid ? changes : null;
    }

    /// <summary>True when the confirmation carries the values its preview showed, for a tornata whose parameters did not change meanwhile.</summary>
    private bool SameAsPreview()
    {
        if (Versione is null)
        {
            ModelState.AddModelError(FormKey, "Prima di confermare, mostrare che cosa cambia con i nuovi valori.");
            return false;
        }

        if (Versione != StoredVersion)
        {
            ModelState.AddModelError(FormKey, "I parametri della tornata sono stati cambiati da un altro utente dopo l'anteprima: mostrare di nuovo che cosa cambia, poi confermare.");
            return false;
        }

        foreach (var definition in Definitions.Where(d => (Anteprima.GetValueOrDefault(d.Id)?.Trim() ?? "") != Typed(d.Id)))
        {
            ModelState.AddModelError(ParameterFields.Name(Prefix, definition.Id), "Il valore è cambiato dopo l'anteprima: mostrare di nuovo che cosa cambia, poi confermare.");
        }

        return ModelState.IsValid;
    }

    // A refusal of the service concerns the values changed (a kind of referendum the enti's consultations do not allow): shown next to the first one.
    private static string FieldOf(Dictionary<string, string> changes) =>
        changes.Keys.Order(StringComparer.Ordinal).Select(id => ParameterFields.Name(Prefix, id)).FirstOrDefault() ?? FormKey;

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await TornataOverview.LoadAsync(dataSource, calendars, Id, cancellationToken) is not { } tornata)
        {
            return false;
        }

        await using var db = ScadenzarioDb.Create(dataSource);
        Stored = await db.Tornate.AsNoTracking().Where(t => t.Id == Id).Select(t => t.Parameters).SingleAsync(cancellationToken);
        Tornata = tornata;
        return true;
    }
}
