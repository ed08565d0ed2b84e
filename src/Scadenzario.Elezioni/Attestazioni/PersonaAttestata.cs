using NodaTime;

namespace Scadenzario.Elezioni.Attestazioni;

/// <summary>A sindaco or consigliere as the segretario comunale attests them in office at the 35th day.</summary>
public sealed record PersonaAttestata(string Nome, LocalDate DataNascita, bool Sindaco);
