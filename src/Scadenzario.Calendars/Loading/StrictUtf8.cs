using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Scadenzario.Calendars.Loading;

/// <summary>
/// Reads text that must be UTF-8 (the calendar files, the comuni CSV) and refuses anything else.
/// The decoder's default replaces a byte it cannot read with U+FFFD, so a Latin-1 file became
/// "Bianz�" and was accepted: here the first invalid byte is located instead, so the message can
/// name the line and the encoding the file was probably saved in.
/// </summary>
public static class StrictUtf8
{
    /// <summary>
    /// Decodes <paramref name="bytes"/> (a leading byte-order mark is dropped) into <paramref name="text"/>;
    /// returns null, or where and why they are not UTF-8 (the text is then empty).
    /// </summary>
    public static EncodingProblem? TryDecode(ReadOnlySpan<byte> bytes, out string text)
    {
        var body = bytes.StartsWith(Encoding.UTF8.Preamble) ? bytes[Encoding.UTF8.Preamble.Length..] : bytes;
        var chars = new char[body.Length];
        var status = Utf8.ToUtf16(body, chars, out var read, out var written, replaceInvalidSequences: false);
        if (status == OperationStatus.Done)
        {
            text = new string(chars, 0, written);
            return null;
        }

        text = "";
        var offending = read < body.Length ? body[read] : (byte)0;
        return new EncodingProblem(
            body[..read].Count((byte)'\n') + 1,
            $"il file non è codificato in UTF-8 (byte 0x{offending:X2} non valido"
            + (offending >= 0xA0 ? $", che in Latin-1/Windows-1252 sarebbe «{Encoding.Latin1.GetString([offending])}»" : "")
            + "): salvarlo con la codifica UTF-8 e riprovare");
    }
}

/// <summary>Where a text is not UTF-8 (1-based line) and what to do, in Italian.</summary>
public sealed record EncodingProblem(int Line, string Message);
