using NodaTime;
using Npgsql;
using Scadenzario.Calendars;
using Scadenzario.Data.SecondoGrado.UseCases;

namespace Scadenzario.Data.SecondoGrado;

/// <summary>
/// The use cases of the ufficio elettorale of a città metropolitana or provincia (L. 56/2014), one per
/// property, each in its own file under <c>UseCases/</c> with its input, its result and its handler: the
/// pages and the commands take this one object instead of a registration per use case. It holds no logic;
/// every act is one transaction of its handler, and on a refusal nothing is written.
/// </summary>
public sealed class UfficioElettorale(NpgsqlDataSource dataSource, CalendarSet calendars, IClock clock, IVerbaleRenderer verbali)
{
    public OpenUfficio OpenUfficio { get; } = new(dataSource, calendars, clock);

    public FindUfficio FindUfficio { get; } = new(dataSource);

    public RecordAttestazione RecordAttestazione { get; } = new(dataSource, clock);

    public GetStatoElettorato GetStatoElettorato { get; } = new(dataSource);

    public RecordVariazione RecordVariazione { get; } = new(dataSource, clock);

    public ListAmministratori ListAmministratori { get; } = new(dataSource);

    public PublishElettorato PublishElettorato { get; } = new(dataSource, clock);

    public GetUltimaPubblicazione GetUltimaPubblicazione { get; } = new(dataSource);

    public AddLista AddLista { get; } = new(dataSource, clock);

    public ExamineListe ExamineListe { get; } = new(dataSource, clock);

    public RecordScrutinio RecordScrutinio { get; } = new(dataSource, clock);

    public ProclaimEletti ProclaimEletti { get; } = new(dataSource, clock, verbali);

    public GetVerbale GetVerbale { get; } = new(dataSource);

    public AddCandidaturaPresidente AddCandidaturaPresidente { get; } = new(dataSource, clock);

    public ExamineCandidaturePresidente ExamineCandidaturePresidente { get; } = new(dataSource, clock);

    public RecordScrutinioPresidente RecordScrutinioPresidente { get; } = new(dataSource, clock);

    public ProclaimPresidente ProclaimPresidente { get; } = new(dataSource, clock, verbali);

    public GetVerbalePresidente GetVerbalePresidente { get; } = new(dataSource);

    public GetOsservatorio GetOsservatorio { get; } = new(dataSource);
}
