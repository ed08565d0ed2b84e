using System.Net;
using System.Text;

namespace Scadenzario.Jobs.Composition;

/// <summary>
/// Writes the plain text and the HTML of one message side by side, so that the two cannot say
/// different things. Everything given is text: the HTML side encodes it.
/// </summary>
internal sealed class MailBuilder
{
    private readonly StringBuilder text = new();
    private readonly StringBuilder html = new();
    private bool inList;

    public MailBuilder(string title)
    {
        html.Append("<!DOCTYPE html><html lang=\"it\"><head><meta charset=\"utf-8\"><title>")
            .Append(Encode(title))
            .Append("</title></head><body style=\"font-family: 'Titillium Web', Geneva, Tahoma, sans-serif; color: #1a1a1a; max-width: 46em\">");
    }

    public MailBuilder Paragraph(string line)
    {
        CloseList();
        text.AppendLine(line).AppendLine();
        html.Append("<p>").Append(Encode(line)).Append("</p>");
        return this;
    }

    public MailBuilder Heading(string line)
    {
        CloseList();
        text.AppendLine(line).AppendLine(new string('=', line.Length)).AppendLine();
        html.Append("<h2 style=\"color: #0066cc; border-bottom: 1px solid #ccc\">").Append(Encode(line)).Append("</h2>");
        return this;
    }

    public MailBuilder Subheading(string line)
    {
        CloseList();
        text.AppendLine(line).AppendLine(new string('-', line.Length));
        html.Append("<h3>").Append(Encode(line)).Append("</h3>");
        return this;
    }

    /// <summary>A listed act: its title (linked to its page), then detail lines.</summary>
    public MailBuilder Item(string title, string? url, params string[] details)
    {
        if (!inList)
        {
            html.Append("<ul>");
            inList = true;
        }

        text.Append("- ").AppendLine(title);
        foreach (var detail in details)
        {
            text.Append("  ").AppendLine(detail);
        }

        if (url is not null)
        {
            text.Append("  ").AppendLine(url);
        }

        text.AppendLine();
        html.Append("<li style=\"margin-bottom: 0.6em\">");
        html.Append(url is null ? $"<strong>{Encode(title)}</strong>" : $"<a href=\"{Encode(url)}\"><strong>{Encode(title)}</strong></a>");
        foreach (var detail in details)
        {
            html.Append("<br>").Append(Encode(detail));
        }

        html.Append("</li>");
        return this;
    }

    public string Text()
    {
        CloseList();
        return text.ToString().TrimEnd() + Environment.NewLine + Environment.NewLine + Footer + Environment.NewLine;
    }

    public string Html()
    {
        CloseList();
        return html + $"<hr><p style=\"font-size: smaller; color: #555\">{Encode(Footer)}</p></body></html>";
    }

    private const string Footer = "Messaggio automatico di Scadenzario, lo scadenzario degli adempimenti elettorali. Non rispondere a questo indirizzo.";

    private void CloseList()
    {
        if (inList)
        {
            html.Append("</ul>");
            inList = false;
        }
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
