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

public sealed record RecordVariazioneInput(long UfficioId, VariazioneInput Variazione, string By);

/// <summary>The variation as stored: its id names it in the office's records.</summary>
public sealed record VariazioneRegistrata(long Id);

/// <summary>
/// Records a change of the electorate (a councillor who leaves, one who takes the seat, a council
/// dissolved), dated between the 35th day and the day before the vote; refused from the voting day on.
/// </summary>
public sealed class RecordVariazione(NpgsqlDataSource dataSource, IClock clock)
{
    public async Task<VariazioneRegistrata> HandleAsync(RecordVariazioneInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (ufficioId, variazione, by) = input;
        ArgumentNullException.ThrowIfNull(variazione);
        SecondoGradoLimits.CheckVariazione(variazione);
        await using var atto = await UfficioTransaction.BeginAsync(dataSource, ufficioId, by, cancellationToken);
        var (connection, ufficio) = (atto.Connection, atto.Ufficio);
        var oggi = Oggi(clock);
        if (oggi > ufficio.UltimoGiornoVariazioni)
        {
            throw new RefusedByRuleException(
                $"Le variazioni del corpo elettorale si registrano fino al giorno precedente la votazione ({DateItaliane.Testo(ufficio.UltimoGiornoVariazioni)}): oggi, {DateItaliane.Testo(oggi)}, non è più possibile.");
        }

        if (variazione.Giorno < ufficio.Riferimento || variazione.Giorno > ufficio.UltimoGiornoVariazioni)
        {
            throw new RefusedByRuleException(
                $"La variazione del {DateItaliane.Testo(variazione.Giorno)} è fuori dal periodo ammesso: dal {DateItaliane.Testo(ufficio.Riferimento)} (35° giorno antecedente) al {DateItaliane.Testo(ufficio.UltimoGiornoVariazioni)}.");
        }

        if (variazione.Giorno > oggi)
        {
            throw new RefusedByRuleException($"Una variazione non può avere una data futura ({DateItaliane.Testo(variazione.Giorno)}).");
        }

        if (string.IsNullOrWhiteSpace(variazione.Motivo))
        {
            throw new InvalidInputException("Indicare il motivo della variazione (es. dimissioni del consigliere, delibera di surroga).");
        }

        var territorio = await Territorio(connection, ufficioId, cancellationToken);
        var c = await RisolviComune(connection, ufficio, territorio, variazione.Comune, cancellationToken);
        var elettorato = await Elettorato(connection, ufficioId, alGiornoDellaVotazione: true, cancellationToken);
        if (!elettorato.TryGetValue(c.Code, out var inCarica))
        {
            throw new RefusedByRuleException($"Il comune di {c.Name} non ha ancora inviato l'attestazione: registrarla prima delle variazioni.");
        }

        if (inCarica.Commissariato)
        {
            throw new RefusedByRuleException($"Il consiglio comunale di {c.Name} risulta sciolto: non ha più aventi diritto da variare.");
        }

        long? amministratoreId = variazione.Tipo switch
        {
            TipoVariazione.Cessazione => Cessante(c, inCarica, variazione.AmministratoreId),
            TipoVariazione.Subentro => await Subentrante(connection, ufficioId, c, inCarica, variazione.Subentrante, cancellationToken),
            _ => null,
        };
        var id = await Sql.ScalarAsync<long>(connection, """
            INSERT INTO sg_variazione (ufficio_id, comune_code, day, kind, amministratore_id, motivo, recorded_at, recorded_by)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id
            """, cancellationToken, ufficioId, c.Code, variazione.Giorno, variazione.Tipo.ToString().ToLowerInvariant(), amministratoreId,
            variazione.Motivo.Trim(), clock.GetCurrentInstant(), by);
        await atto.CommitAsync(cancellationToken);
        return new VariazioneRegistrata(id);
    }

    private static long Cessante(ComuneDelTerritorio c, ComuneInCarica inCarica, long? amministratoreId) =>
        amministratoreId is { } id && inCarica.Amministratori.Any(a => a.Id == id)
            ? id
            : throw new NotFoundException($"Indicare un amministratore in carica nel comune di {c.Name} (identificativo {amministratoreId?.ToString() ?? "mancante"} non trovato).");

    private static async Task<long> Subentrante(NpgsqlConnection connection, long ufficioId, ComuneDelTerritorio c, ComuneInCarica inCarica, AmministratoreInput? nuovo, CancellationToken ct)
    {
        if (nuovo is null || string.IsNullOrWhiteSpace(nuovo.Nome) || nuovo.Carica != Cariche.Consigliere)
        {
            throw new InvalidInputException($"Comune di {c.Name}: per un subentro indicare nome, sesso e data di nascita del consigliere subentrante.");
        }

        if (!Elezioni.Attestazioni.VerificaAttestazione.PostoLibero(inCarica.Amministratori.Count, c.Popolazione, c.Capoluogo))
        {
            throw new RefusedByRuleException($"Il conto non torna: il consiglio comunale di {c.Name} è al completo; registrare prima la cessazione del consigliere sostituito.");
        }

        return await Sql.ScalarAsync<long>(connection, """
            INSERT INTO sg_amministratore (ufficio_id, comune_code, nome, sesso, data_nascita, carica) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id
            """, ct, ufficioId, c.Code, nuovo.Nome.Trim(), nuovo.Sesso.ToString(), nuovo.DataNascita, nuovo.Carica);
    }
}
