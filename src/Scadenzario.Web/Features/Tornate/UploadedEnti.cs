using System.Text;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Scadenzario.Data;
using Scadenzario.Data.Limits;
using Scadenzario.Data.Tornate;

namespace Scadenzario.Web.Features.Tornate;

/// <summary>An uploaded file of enti, read in the CLI's format (<see cref="EntiSelection.FromLines"/>).</summary>
public static class UploadedEnti
{
    /// <summary>The selection the file names; null with the problem next to <paramref name="field"/>.</summary>
    public static async Task<EntiSelection?> ReadAsync(IFormFile? file, ModelStateDictionary state, string field, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (file is null || file.Length == 0)
        {
            state.AddModelError(field, "Scegliere il file con i codici ISTAT degli enti, uno per riga.");
            return null;
        }

        if (file.Length > InputLimits.MaxUploadBytes)
        {
            state.AddModelError(field, $"Il file supera {InputLimits.MaxUploadBytes / (1024 * 1024)} MB: un elenco di tutti i comuni d'Italia ne occupa meno di 100 kB.");
            return null;
        }

        using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8);
        var lines = new List<string>();
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            lines.Add(line);
        }

        try
        {
            return EntiSelection.FromLines(Path.GetFileName(file.FileName), lines);
        }
        catch (DomainException e)
        {
            state.AddModelError(field, e.Message);
            return null;
        }
    }
}
