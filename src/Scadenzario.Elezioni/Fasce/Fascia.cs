namespace Scadenzario.Elezioni.Fasce;

/// <summary>The population bands of L. 56/2014 art. 1 comma 33; each has its own ballot colour and weight.</summary>
public enum Fascia
{
    A, B, C, D, E, F, G, H, I,
}
