namespace Scadenzario.Accounts;

/// <summary>
/// Every problem of a form at once, each under the name of the field at fault, so that a page can
/// show them all next to their fields instead of stopping at the first.
/// </summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> errors = new(StringComparer.Ordinal);

    public bool Any => errors.Count > 0;

    public IEnumerable<string> Fields => errors.Keys;

    public void Add(string field, string message)
    {
        if (!errors.TryGetValue(field, out var messages))
        {
            errors[field] = messages = [];
        }

        messages.Add(message);
    }

    /// <summary>The field's problems as one text, or null when it has none.</summary>
    public string? For(string field) => errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    /// <summary>Every problem, field after field, for a channel without fields (the command line).</summary>
    public override string ToString() => string.Join(" ", errors.Values.SelectMany(m => m));
}
