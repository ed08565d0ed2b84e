namespace Scadenzario.Jobs.Composition;

/// <summary>The web pages the messages link to, under <see cref="JobsOptions.WebBaseUrl"/>.</summary>
internal static class Links
{
    /// <summary>The page where each person chooses which messages they receive (every role has it).</summary>
    public static string NotificationSettings(JobsOptions options) => new Uri(options.WebBaseUrl, "account/notifiche").ToString();

    /// <summary>A comune's row in its prefettura's dashboard, for the tornata.</summary>
    public static string DashboardComune(JobsOptions options, string province, long tornata, string comune) =>
        new Uri(options.WebBaseUrl, $"prefettura/{Uri.EscapeDataString(province)}?tornata={tornata}#comune-{Uri.EscapeDataString(comune)}").ToString();

    /// <summary>An ente's page of the day.</summary>
    public static string EnteOggi(JobsOptions options, string ente) => new Uri(options.WebBaseUrl, $"enti/{Uri.EscapeDataString(ente)}/oggi").ToString();

    /// <summary>The prefettura's dashboard.</summary>
    public static string Dashboard(JobsOptions options, string province) =>
        new Uri(options.WebBaseUrl, $"prefettura/{Uri.EscapeDataString(province)}").ToString();
}
