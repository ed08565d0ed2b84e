using NodaTime;
using Npgsql;
using Scadenzario.Data.SecondoGrado.Common;
using static Scadenzario.Data.SecondoGrado.Common.Competizioni;
using static Scadenzario.Data.SecondoGrado.Common.Elettorati;
using static Scadenzario.Data.SecondoGrado.Common.Procedimento;
using static Scadenzario.Data.SecondoGrado.Common.Territori;
using static Scadenzario.Elezioni.Nomi;

namespace Scadenzario.Data.SecondoGrado.UseCases;

public sealed record GetVerbaleInput(long UfficioId, FormatoVerbale Formato);

/// <summary>The verbale of the latest proclamation, exactly as issued.</summary>
public sealed class GetVerbale(NpgsqlDataSource dataSource)
{
    public async Task<string> HandleAsync(GetVerbaleInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (ufficioId, formato) = input;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var ufficio = await Ufficio(connection, ufficioId, cancellationToken);
        var verbale = await Sql.QueryAsync(connection, "SELECT verbale_testo, verbale_html FROM sg_proclamazione WHERE ufficio_id = $1 ORDER BY id DESC LIMIT 1",
            r => (Testo: r.GetString(0), Html: r.GetString(1)), cancellationToken, ufficioId);
        return verbale.Count == 0
            ? throw new NotFoundException($"L'ufficio elettorale della {ufficio.Denominazione} non ha ancora proclamato gli eletti.")
            : formato == FormatoVerbale.Html ? verbale[0].Html : verbale[0].Testo;
    }
}
