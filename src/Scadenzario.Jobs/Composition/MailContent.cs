namespace Scadenzario.Jobs.Composition;

/// <summary>A composed email: Italian subject, plain text and HTML saying the same things.</summary>
public sealed record MailContent(string Subject, string Text, string Html);
