using NodaTime;

namespace Scadenzario.Elezioni.Liste;

/// <summary>A signature in support of a list and the day a public officer authenticated it.</summary>
public sealed record Sottoscrizione(string ElettoreId, LocalDate Autenticazione);

/// <summary>A list as it was filed: candidates in the order of presentation, then its signatures.</summary>
public sealed record ListaPresentata(string Nome, IReadOnlyList<string> Candidati, IReadOnlyList<Sottoscrizione> Sottoscrizioni);

public sealed record CandidaturaRicusata(string ElettoreId, string Motivo);

public sealed record SottoscrizioneNulla(string ElettoreId, LocalDate Autenticazione, string Motivo);

/// <summary>The examination of one list, with every reason an observer needs to check it.</summary>
public sealed record EsitoLista(
    string Nome,
    bool Ammessa,
    IReadOnlyList<string> CandidatiAmmessi,
    IReadOnlyList<CandidaturaRicusata> CandidatureRicusate,
    int MinimoCandidati,
    int SottoscrizioniValide,
    int MinimoSottoscrizioni,
    IReadOnlyList<SottoscrizioneNulla> SottoscrizioniNulle,
    IReadOnlyList<string> MotiviRicusazione);
