namespace Scadenzario.Calendars.Tests.Support;

/// <summary>A throw-away calendar directory for loader tests: an index and the files given.</summary>
public sealed class TempCalendars : IDisposable
{
    public const string Index = """
        version: "test.1"
        files: [comune.yaml]
        actors:
          ufficio-elettorale: { label: Ufficio elettorale comunale, owner: comune }
          sindaco: { label: Sindaco, owner: comune }
          giunta: { label: Giunta comunale, owner: comune }
        events:
          liste-ammesse: Ricevimento delle liste ammesse
        """;

    public TempCalendars(string comuneYaml, string? index = null, params (string Name, string Text)[] others)
    {
        Directory = Path.Combine(Path.GetTempPath(), "scadenzario-calendars-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        File.WriteAllText(Path.Combine(Directory, "index.yaml"), index ?? Index);
        File.WriteAllText(Path.Combine(Directory, "comune.yaml"), comuneYaml);
        foreach (var (name, text) in others)
        {
            var path = Path.Combine(Directory, name);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }
    }

    public string Directory { get; }

    public CalendarSet Load() => CalendarSet.Load(Directory);

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);

    /// <summary>A rules file of consultation <c>comune</c> with the given rules (YAML list items, indented by 2).</summary>
    public static string RulesFile(string rules) => "consultation: comune\ntitle: Prova\nrules:\n" + rules;
}
