using NodaTime;

namespace Scadenzario.Elezioni;

public enum Sesso
{
    M,
    F,
}

/// <summary>
/// A sindaco or consigliere comunale who stands as a candidate. Sex and birth date are kept because the
/// law breaks ties with them (comma 38 for the council, comma 61 for the president).
/// </summary>
public sealed record Candidato(string Id, string Nome, Sesso Sesso, LocalDate DataNascita);
