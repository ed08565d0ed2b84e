namespace Scadenzario.Web.Features.SecondoGrado;

/// <summary>
/// The model of <c>_CampoPersona</c>: one field of a row of a form. <paramref name="Kind"/> is "testo", "data", "numero",
/// "sesso" or "carica"; <paramref name="List"/> names a datalist of suggestions (the comuni of the territory).
/// </summary>
public sealed record CampoPersona(UfficioPageModel Page, string Name, string Label, string? Value, string Kind = "testo", bool LabelHidden = true, string? List = null);
