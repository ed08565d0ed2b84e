using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodaTime;
using Scadenzario.Calendars.Time;
using Scadenzario.Data.SecondoGrado;
using Scadenzario.Data;
using Scadenzario.Data.Limits;
using Scadenzario.Web.Infrastructure;

namespace Scadenzario.Web.Features.SecondoGrado;

/// <summary>
/// A page of the ufficio elettorale of an ente in a tornata (route values <c>ente</c> and <c>tornata</c>).
/// The access check comes first, before the office is looked up or a form is read, so another ente's ids
/// learn nothing and change nothing.
/// </summary>
public abstract class UfficioPageModel(EnteAccess access, EnteDirectory directory, UfficioElettorale service, IClock clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "ente")]
    public string Ente { get; set; } = "";

    [BindProperty(SupportsGet = true, Name = "tornata")]
    public long Tornata { get; set; }

    public string EnteName { get; private set; } = "";

    public bool CanAct { get; private set; }

    /// <summary>Null while the office is not open for the tornata.</summary>
    public UfficioInfo? Ufficio { get; private set; }

    public string? NonAperto { get; private set; }

    public Instant Now { get; } = clock.GetCurrentInstant();

    public LocalDate Today => RomeTime.InRome(Now).Date;

    protected UfficioElettorale Service => service;

    protected string Actor => EnteAccess.ActorName(User);

    /// <summary>Null when the user may see the office; otherwise the result to return (403).</summary>
    protected async Task<IActionResult?> CheckAccessAsync(bool act, CancellationToken cancellationToken)
    {
        if (!await access.CanSeeUfficioAsync(User, Ente, cancellationToken))
        {
            return Forbid();
        }

        CanAct = await access.CanActUfficioAsync(User, Ente, cancellationToken);
        if (act && !CanAct)
        {
            return Forbid();
        }

        EnteName = (await directory.FindAsync(Ente, cancellationToken))!.Name;
        try
        {
            Ufficio = await service.FindUfficio.HandleAsync(new(Tornata, Ente), cancellationToken);
        }
        catch (DomainException e)
        {
            NonAperto = e.Message;
        }

        return null;
    }

    /// <summary>Runs an act of the office; a refusal of the procedure or a malformed file becomes a message on the form.</summary>
    protected async Task<T?> TryAsync<T>(Func<UfficioInfo, Task<T>> act)
        where T : class
    {
        if (Ufficio is null)
        {
            ModelState.AddModelError("", NonAperto ?? "L'ufficio elettorale non è aperto per questa tornata.");
            return null;
        }

        try
        {
            return await act(Ufficio);
        }
        catch (Exception e) when (e is DomainException or FormatException)
        {
            ModelState.AddModelError("", e.Message);
            return null;
        }
    }

    /// <summary>The first message on a field of the form, shown next to it; null when the field is fine.</summary>
    public string? ErrorFor(string key) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>The CSS class of a field with a message (the accessible pattern of Bootstrap Italia).</summary>
    public string Invalid(string key) => ErrorFor(key) is null ? "" : "is-invalid";

    /// <summary>A JSON file (the command line's format) rather than a CSV: by its name, or by its first character.</summary>
    protected static bool IsJson(IFormFile file, string text) =>
        file.FileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n') is ['{' or '[', ..];

    /// <summary>The text of an uploaded CSV or JSON file (the bulk input of a form), within the upload limits.</summary>
    protected async Task<string> ReadFileAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (Request.HasFormContentType && Request.Form.Files.Count > InputLimits.MaxUploadFiles)
        {
            throw new FormatException($"Inviare un solo file per volta (ne sono stati inviati {Request.Form.Files.Count}).");
        }

        if (file is not { Length: > 0 })
        {
            throw new FormatException("Scegliere il file CSV o JSON da caricare.");
        }

        if (file.Length > InputLimits.MaxUploadBytes)
        {
            throw new FormatException($"Il file è troppo grande ({file.Length / 1024} kB): al massimo {InputLimits.MaxUploadBytes / 1024} kB.");
        }

        using var reader = new StreamReader(file.OpenReadStream());
        return await reader.ReadToEndAsync(cancellationToken);
    }
}
