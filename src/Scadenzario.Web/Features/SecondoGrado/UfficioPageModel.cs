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

    /// <summary>The text of an uploaded file, or of the pasted field when no file was sent.</summary>
    protected async Task<string> ReadInputAsync(IFormFile? file, string? pasted, CancellationToken cancellationToken)
    {
        if (Request.HasFormContentType && Request.Form.Files.Count > InputLimits.MaxUploadFiles)
        {
            throw new FormatException($"Inviare un solo file per volta (ne sono stati inviati {Request.Form.Files.Count}).");
        }

        if (file is { Length: > 0 })
        {
            if (file.Length > InputLimits.MaxUploadBytes)
            {
                throw new FormatException($"Il file è troppo grande ({file.Length / 1024} kB): al massimo {InputLimits.MaxUploadBytes / 1024} kB.");
            }

            using var reader = new StreamReader(file.OpenReadStream());
            return await reader.ReadToEndAsync(cancellationToken);
        }

        if (pasted is { Length: > (int)InputLimits.MaxUploadBytes })
        {
            throw new FormatException($"Il testo incollato è troppo lungo: al massimo {InputLimits.MaxUploadBytes / 1024} kB, come un file.");
        }

        return pasted is { Length: > 0 } && !string.IsNullOrWhiteSpace(pasted)
            ? pasted
            : throw new FormatException("Scegliere un file JSON oppure incollarne il contenuto.");
    }
}
