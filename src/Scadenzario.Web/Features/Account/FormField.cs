namespace Scadenzario.Web.Features.Account;

/// <summary>
/// One input of the account forms with its help and its problems, drawn by _Campo.cshtml in the
/// accessible pattern of Bootstrap Italia: the message under the field, tied to it by aria-describedby.
/// A password is never echoed back (<see cref="Value"/> stays null).
/// </summary>
public sealed record FormField(string Name, string Label, string Type, string Autocomplete, string? Error, string? Help = null, string? Value = null);
