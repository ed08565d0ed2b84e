using NodaTime;
using Scadenzario.Elezioni;
using Scadenzario.Elezioni.Ponderazione;
using Scadenzario.Elezioni.Presidente;
using Scadenzario.Elezioni.Scrutinio;

namespace Scadenzario.Data.SecondoGrado;

/// <summary>
/// A candidacy for presidente della provincia as filed (comma 61): the sindaco who stands, the day the
/// mandate as sindaco ends (comma 60 needs it; the attestations do not carry it), the signatures.
/// </summary>
public sealed record CandidaturaPresidenteInput(
    string Nome, Sesso Sesso, LocalDate DataNascita, string Comune, LocalDate FineMandato, IReadOnlyList<SottoscrizioneInput> Sottoscrizioni);

public sealed record CandidaturaPresidenteRegistrata(long Id, string Nome, string Comune, bool SindacoInCarica, int Sottoscrizioni, int SottoscrittoriNonElettori);

/// <summary>One candidacy's examination, with names instead of keys, as the report prints it.</summary>
public sealed record EsitoCandidatura(
    string Candidato,
    string Comune,
    LocalDate FineMandato,
    bool Ammessa,
    int SottoscrizioniValide,
    int MinimoSottoscrizioni,
    IReadOnlyList<FirmaNulla> SottoscrizioniNulle,
    IReadOnlyList<string> MotiviRicusazione);

/// <summary>The examination of the candidacies for presidente: the 15% is of the electors as published.</summary>
public sealed record RapportoAmmissionePresidente(
    long Id, LocalDate Termine, LocalDate Votazione, int AventiDiritto, int MinimoSottoscrizioni, IReadOnlyList<EsitoCandidatura> Candidature, Instant EsaminatoIl);

/// <summary>The proclamation of the presidente as issued: the index it used, the count, the result and the verbale.</summary>
public sealed record PresidenteProclamato(
    long Id, Ponderazione Ponderazione, IReadOnlyList<ScrutinioFascia> Scrutinio, RisultatoPresidente Risultato, string VerbaleTesto, string VerbaleHtml);
