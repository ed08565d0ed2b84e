using NodaTime;
using Npgsql;
using Scadenzario.Data.Limits;
using Scadenzario.Data.SecondoGrado.Common;
using static Scadenzario.Data.SecondoGrado.Common.Competizioni;
using static Scadenzario.Data.SecondoGrado.Common.Elettorati;
using static Scadenzario.Data.SecondoGrado.Common.Procedimento;
using static Scadenzario.Data.SecondoGrado.Common.Territori;
using static Scadenzario.Elezioni.Nomi;

namespace Scadenzario.Data.SecondoGrado.UseCases;

public sealed record AddCandidaturaPresidenteInput(long UfficioId, CandidaturaPresidenteInput Candidatura, string By);

/// <summary>
/// Records a candidacy as filed. The candidate and each signatory are matched to the electorate by comune,
/// name and birth date; who does not match is kept as declared and the examination says why. Refused
/// (nothing written) in a città metropolitana, for a comune outside the territory, a candidacy already
/// registered for the same person, or after the presidente is proclaimed.
/// </summary>
public sealed class AddCandidaturaPresidente(NpgsqlDataSource dataSource, IClock clock)
{
    public async Task<CandidaturaPresidenteRegistrata> HandleAsync(AddCandidaturaPresidenteInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (ufficioId, candidatura, by) = input;
        ArgumentNullException.ThrowIfNull(candidatura);
        SecondoGradoLimits.CheckCandidaturaPresidente(candidatura);
        if (string.IsNullOrWhiteSpace(candidatura.Nome))
        {
            throw new InvalidInputException("Indicare il nome del candidato alla carica di presidente.");
        }

        await using var atto = await UfficioTransaction.BeginAsync(dataSource, ufficioId, by, cancellationToken);
        var (connection, ufficio) = (atto.Connection, atto.Ufficio);
        RichiediProvincia(ufficio);
        await RifiutaDopoLaProclamazionePresidente(connection, ufficioId, cancellationToken);
        var territorio = await Territorio(connection, ufficioId, cancellationToken);
        var comune = await RisolviComune(connection, ufficio, territorio, candidatura.Comune, cancellationToken);
        var nome = candidatura.Nome.Trim();
        var gia = await Sql.QueryAsync(connection, "SELECT nome FROM sg_candidatura_presidente WHERE ufficio_id = $1 AND comune_code = $2 AND data_nascita = $3",
            r => r.GetString(0), cancellationToken, ufficioId, comune.Code, candidatura.DataNascita);
        if (gia.Any(n => Normalizza(n) == Normalizza(nome)))
        {
            throw new ConflictException($"La candidatura a presidente di {nome} ({comune.Name}) è già registrata.");
        }

        var elettorato = await Elettorato(connection, ufficioId, alGiornoDellaVotazione: true, cancellationToken);
        var candidato = Abbina(elettorato, comune.Code, nome, candidatura.DataNascita);
        var firme = new List<(SottoscrizioneInput Input, string Comune, long? Elettore)>();
        foreach (var f in candidatura.Sottoscrizioni)
        {
            var c = await RisolviComune(connection, ufficio, territorio, f.Comune, cancellationToken);
            firme.Add((f, c.Code, Abbina(elettorato, c.Code, f.Nome, f.DataNascita)));
        }

        var id = await Sql.ScalarAsync<long>(connection, """
            INSERT INTO sg_candidatura_presidente (ufficio_id, nome, sesso, data_nascita, comune_code, fine_mandato, amministratore_id, presented_at, recorded_by)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id
            """, cancellationToken, ufficioId, nome, candidatura.Sesso.ToString(), candidatura.DataNascita, comune.Code, candidatura.FineMandato, candidato,
            clock.GetCurrentInstant(), by);
        foreach (var (f, c, elettore) in firme)
        {
            await Sql.ExecuteAsync(connection, """
                INSERT INTO sg_sottoscrizione_presidente (candidatura_id, nome, data_nascita, comune_code, autenticata, amministratore_id) VALUES ($1, $2, $3, $4, $5, $6)
                """, cancellationToken, id, f.Nome.Trim(), f.DataNascita, c, f.Autenticata, elettore);
        }

        await atto.CommitAsync(cancellationToken);
        var sindaco = candidato is { } a && elettorato[comune.Code].Amministratori.Single(x => x.Id == a).Carica == Cariche.Sindaco;
        return new CandidaturaPresidenteRegistrata(id, nome, comune.Name, sindaco, firme.Count, firme.Count(f => f.Elettore is null));
    }
}
