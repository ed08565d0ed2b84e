using NodaTime;

namespace Scadenzario.Data.Model;

/// <summary>Kinds of ente, as ISTAT names the supra-municipal units.</summary>
public static class EnteKinds
{
    public const string Comune = "comune";
    public const string Provincia = "provincia";
    public const string CittaMetropolitana = "citta_metropolitana";
    public const string ProvinciaAutonoma = "provincia_autonoma";
    public const string LiberoConsorzio = "libero_consorzio";
    public const string UnitaNonAmministrativa = "unita_non_amministrativa";
}

/// <summary>A comune, or the province / metropolitan city it belongs to. Comuni are keyed by ISTAT code, the others by sigla.</summary>
public sealed class Ente
{
    public required string Code { get; set; }

    public required string Kind { get; set; }

    public required string Name { get; set; }

    public string? ProvinceCode { get; set; }

    public required string RegionCode { get; set; }

    public required string RegionName { get; set; }

    public bool SpecialStatute { get; set; }

    public int? Population { get; set; }

    public bool Capoluogo { get; set; }

    public string? PrefetturaCode { get; set; }

    public string? EmailUfficioElettorale { get; set; }

    public string? EmailSegretario { get; set; }

    /// <summary>The comune this one merged into; its tasks are kept and marked.</summary>
    public string? MergedInto { get; set; }

    public LocalDate? MergedOn { get; set; }

    public Instant ImportedAt { get; set; }
}

/// <summary>The State's office in a province: receives the assicurazioni and the escalations.</summary>
public sealed class Prefettura
{
    public required string Code { get; set; }

    public required string Name { get; set; }

    public required string Seat { get; set; }

    public string? Email { get; set; }
}
