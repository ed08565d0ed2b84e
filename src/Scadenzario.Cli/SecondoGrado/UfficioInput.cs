using Scadenzario.Data.SecondoGrado;
using Scadenzario.Documenti.Upload;

namespace Scadenzario.Cli.SecondoGrado;

/// <summary>
/// The JSON files of the office's commands, read with the same parser as the web pages
/// (<see cref="InputJson"/>). Everything is read and checked before the database is touched: a
/// malformed file exits with code 2, its path in the message, and writes nothing.
/// </summary>
internal static class UfficioInput
{
    public static InputJson.Attestazione LeggiAttestazione(string path) => Leggi(path, InputJson.LeggiAttestazione);

    public static ListaInput LeggiLista(string path) => Leggi(path, InputJson.LeggiLista);

    public static IReadOnlyList<ScrutinioInput> LeggiScrutinio(string path) => Leggi(path, InputJson.LeggiScrutinio);

    public static CandidaturaPresidenteInput LeggiCandidaturaPresidente(string path) => Leggi(path, InputJson.LeggiCandidaturaPresidente);

    public static IReadOnlyList<ScrutinioInput> LeggiScrutinioPresidente(string path) => Leggi(path, InputJson.LeggiScrutinioPresidente);

    private static T Leggi<T>(string path, Func<string, T> read)
    {
        if (!File.Exists(path))
        {
            throw new FormatException($"File non trovato: {path}");
        }

        try
        {
            return read(File.ReadAllText(path));
        }
        catch (FormatException e)
        {
            throw new FormatException($"{path}: {e.Message}", e);
        }
    }
}
