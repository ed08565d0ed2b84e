using Scadenzario.TestSupport;
using NodaTime;

namespace Scadenzario.Data.Tests.Support;

/// <summary>
/// Ten acts of one ente written by hand, for the Oggi lists, filters and calendar month: with the
/// clock at <see cref="Friday"/> (Friday 10 May 2024, 10:00 in Rome) A is overdue, C due today, E
/// in the next seven days, G and R later (R on Sunday 2 June, Festa della Repubblica), H and W
/// waiting for an event, L (the electors') and M (the prefettura's) are da sapere, I completed.
/// At <see cref="QuietMonday"/> (22 April 2024) nothing is due before A, on 8 May at 12:00.
/// </summary>
public static class OggiActs
{
    public static Instant Friday { get; } = Instant.FromUtc(2024, 5, 10, 8, 0);

    public static Instant QuietMonday { get; } = Instant.FromUtc(2024, 4, 22, 8, 0);

    /// <summary>Replaces every act of <paramref name="ente"/> with the ten, in <paramref name="tornata"/>.</summary>
    public static async Task WriteAsync(TestDatabase database, long tornata, string ente)
    {
        await using var command = database.DataSource.CreateCommand(WideActs.Sql($"""
            -- The history is append-only (a trigger refuses deletions): lifted for this test database alone.
            ALTER TABLE adempimento_audit DISABLE TRIGGER USER;
            ALTER TABLE adempimento_move DISABLE TRIGGER USER;
            DELETE FROM adempimento_audit WHERE adempimento_id IN (SELECT id FROM adempimento_vista WHERE ente_code = '{ente}');
            DELETE FROM adempimento_move WHERE adempimento_id IN (SELECT id FROM adempimento_vista WHERE ente_code = '{ente}');
            DELETE FROM adempimento WHERE ente_code = '{ente}';
            ALTER TABLE adempimento_audit ENABLE TRIGGER USER;
            ALTER TABLE adempimento_move ENABLE TRIGGER USER;
            INSERT INTO wide_act (tornata_id, ente_code, rule_id, consultation, title, actor, owner, kind, legal_basis,
                due_date, due_time, due_local, due_at, status, waiting_for, assicurazione_prefetto, festivo, calendar_version, completed_at, completed_by)
            VALUES
              ({tornata}, '{ente}', 'prova.a', 'comunali', 'Prova A del sindaco', 'sindaco', 'comune', 'scadenza', 'art. 1',
               '2024-05-08', '12:00', '2024-05-08 12:00', '2024-05-08 10:00Z', 'da_fare', NULL, false, false, 't', NULL, NULL),
              ({tornata}, '{ente}', 'prova.c', 'europee', 'Prova C della giunta', 'giunta', 'comune', 'scadenza', 'art. 1',
               '2024-05-10', '12:00', '2024-05-10 12:00', '2024-05-10 10:00Z', 'da_fare', NULL, false, false, 't', NULL, NULL),
              ({tornata}, '{ente}', 'prova.e', 'europee', 'Prova E del segretario', 'segretario', 'comune', 'scadenza', 'art. 1',
               '2024-05-15', NULL, '2024-05-16 00:00', '2024-05-15 22:00Z', 'da_fare', NULL, false, false, 't', NULL, NULL),
              ({tornata}, '{ente}', 'prova.g', 'comunali', 'Prova G dell''ufficio', 'ufficio-elettorale', 'comune', 'scadenza', 'art. 1',
               '2024-06-03', NULL, '2024-06-04 00:00', '2024-06-03 22:00Z', 'da_fare', NULL, false, false, 't', NULL, NULL),
              ({tornata}, '{ente}', 'prova.r', 'comunali', 'Prova R del sindaco, festivo', 'sindaco', 'comune', 'scadenza', 'art. 1',
               '2024-06-02', NULL, '2024-06-03 00:00', '2024-06-02 22:00Z', 'da_fare', NULL, false, false, 't', NULL, NULL),
              ({tornata}, '{ente}', 'prova.h', 'europee', 'Prova H in attesa delle liste', 'ufficio-elettorale', 'comune', 'scadenza', 'art. 1',
               NULL, NULL, NULL, NULL, 'in_attesa', 'event:liste-ammesse', false, false, 't', NULL, NULL),
              ({tornata}, '{ente}', 'prova.w', 'comunali', 'Prova W in attesa dello scrutinio', 'ufficio-elettorale', 'comune', 'scadenza', 'art. 1',
               NULL, NULL, NULL, NULL, 'in_attesa', 'event:chiusura-scrutinio', false, false, 't', NULL, NULL),
              ({tornata}, '{ente}', 'prova.l', 'europee', 'Prova L degli elettori', 'elettori', 'altri', 'scadenza', 'art. 1',
               '2024-05-13', NULL, '2024-05-14 00:00', '2024-05-13 22:00Z', 'da_fare', NULL, false, false, 't', NULL, NULL),
              ({tornata}, '{ente}', 'prova.m', 'comunali', 'Prova M della Prefettura', 'prefettura', 'prefettura', 'scadenza', 'art. 1',
               '2024-05-12', '12:00', '2024-05-12 12:00', '2024-05-12 10:00Z', 'da_fare', NULL, false, false, 't', NULL, NULL),
              ({tornata}, '{ente}', 'prova.i', 'europee', 'Prova I completata', 'sindaco', 'comune', 'scadenza', 'art. 1',
               '2024-05-07', NULL, '2024-05-08 00:00', '2024-05-07 22:00Z', 'completato', NULL, false, false, 't', '2024-05-07 09:00Z', 'op.savona');
            """));
        await command.ExecuteNonQueryAsync();
    }
}
