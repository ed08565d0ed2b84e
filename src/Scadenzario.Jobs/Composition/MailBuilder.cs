using System.Net;
using System.Text;

namespace Scadenzario.Jobs.Composition;

/// <summary>
/// Writes the plain text and the HTML of one message side by side, so that the two cannot say
/// different things. Everything given is text: the HTML side encodes it. Every message ends with
/// the same footer: that it is automatic, and the link to the reader's notification settings, so
/// that whoever receives it can choose not to (the <c>Auto-Submitted</c> header is the transport's).
/// </summary>
internal sealed class MailBuilder
{
    private readonly StringBuilder text = new();
    private readonly StringBuilder html = new();
    private readonly string settingsUrl;
    private bool inList;
    private bool inTable;

    public MailBuilder(string title, JobsOptions options)
    {
        settingsUrl = Links.NotificationSettings(options);
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
        if (inTable)
        {
            CloseList();
        }

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

    /// <summary>
    /// A table: a header row, then <see cref="Row"/> calls. The text side writes one line per row,
    /// the cells separated by " | ", the link on the line below.
    /// </summary>
    public MailBuilder Table(string caption, params string[] headers)
    {
        CloseList();
        text.AppendLine(caption).AppendLine(string.Join(" | ", headers)).AppendLine(new string('-', Math.Min(72, string.Join(" | ", headers).Length)));
        html.Append("<table style=\"border-collapse: collapse; margin-bottom: 1em\"><caption style=\"text-align: left; font-weight: bold\">")
            .Append(Encode(caption)).Append("</caption><thead><tr>");
        foreach (var header in headers)
        {
            html.Append("<th scope=\"col\" style=\"text-align: left; border-bottom: 1px solid #ccc; padding: 0.2em 0.6em\">").Append(Encode(header)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        inTable = true;
        return this;
    }

    /// <summary>A row of the open table; the first cell is linked to <paramref name="url"/> when given.</summary>
    public MailBuilder Row(string? url, params string[] cells)
    {
        text.AppendLine(string.Join(" | ", cells));
        if (url is not null)
        {
            text.Append("  ").AppendLine(url);
        }

        html.Append("<tr>");
        for (var i = 0; i < cells.Length; i++)
        {
            var cell = Encode(cells[i]);
            html.Append(i == 0 ? "<th scope=\"row\" style=\"text-align: left; padding: 0.2em 0.6em; font-weight: normal\">" : "<td style=\"padding: 0.2em 0.6em\">")
                .Append(i == 0 && url is not null ? $"<a href=\"{Encode(url)}\">{cell}</a>" : cell)
                .Append(i == 0 ? "</th>" : "</td>");
        }

        html.Append("</tr>");
        return this;
    }

    public string Text()
    {
        CloseList();
        return text.ToString().TrimEnd() + Environment.NewLine + Environment.NewLine + Footer + Environment.NewLine
            + SettingsLine + " " + settingsUrl + Environment.NewLine;
    }

    public string Html()
    {
        CloseList();
        return html + $"<hr><p style=\"font-size: smaller; color: #555\">{Encode(Footer)}<br>"
            + $"{Encode(SettingsLine)} <a href=\"{Encode(settingsUrl)}\">{Encode(settingsUrl)}</a></p></body></html>";
    }

    private const string Footer = "Messaggio automatico di Scadenzario, lo scadenzario degli adempimenti elettorali. Non rispondere a questo indirizzo.";

    private const string SettingsLine = "Per scegliere quali messaggi ricevere:";

    private void CloseList()
    {
        if (inList)
        {
            html.Append("</ul>");
            inList = false;
        }

        if (inTable)
        {
            text.AppendLine();
            html.Append("</tbody></table>");
            inTable = false;
        }
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
