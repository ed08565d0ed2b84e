namespace Scadenzario.Elezioni.Ponderazione;

/// <summary>
/// One comune of the territory as the weighting sees it: its legal population, its electors (sindaco and
/// consiglieri in office) and whether its council is dissolved, in which case it has no electors and its
/// population does not count either (as the published indices of real elections show).
/// </summary>
public sealed record ComuneElettorale(string Nome, int Popolazione, int Elettori, bool Commissariato = false);
