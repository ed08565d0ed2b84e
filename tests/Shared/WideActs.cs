namespace Scadenzario.TestSupport;

/// <summary>
/// Acts written by hand in a test as whole rows (every column a reader sees, as <c>adempimento_vista</c>
/// shows them), stored as the synchronizer stores them since migrations/0026: the rule's text in
/// <c>regola</c>, the task referring to it. A test writes its rows with <c>INSERT INTO wide_act (…)</c>
/// inside <see cref="Sql"/>, which creates that table before and moves its rows after, in the order written.
/// </summary>
public static class WideActs
{
    /// <summary><paramref name="statements"/> write the rows; <paramref name="after"/> runs once they are stored (their history, say).</summary>
    public static string Sql(string statements, string after = "") => $"""
        CREATE TEMP TABLE IF NOT EXISTS wide_act AS SELECT * FROM adempimento_vista WITH NO DATA;
        ALTER TABLE wide_act ADD COLUMN IF NOT EXISTS position bigserial;
        TRUNCATE wide_act;
        {statements}
        INSERT INTO regola (calendar_version, rule_id, consultation, title, actor, owner, kind, legal_basis, assicurazione_prefetto)
        SELECT DISTINCT calendar_version, rule_id, consultation, title, actor, owner, kind, legal_basis, assicurazione_prefetto FROM wide_act
        ON CONFLICT (calendar_version, rule_id, text_digest) DO NOTHING;
        INSERT INTO adempimento (tornata_id, ente_code, rule_id, regola_id, start_date, start_time, due_date, due_time, due_local, due_at,
            offset_days, status, waiting_for, festivo, completed_at, completed_by, protocol_number, completion_note, merged_into, row_version)
        SELECT w.tornata_id, w.ente_code, w.rule_id, r.id, w.start_date, w.start_time, w.due_date, w.due_time, w.due_local, w.due_at,
            w.offset_days, w.status, w.waiting_for, w.festivo, w.completed_at, w.completed_by, w.protocol_number, w.completion_note, w.merged_into, coalesce(w.row_version, 0)
        FROM wide_act w
        JOIN regola r ON r.calendar_version = w.calendar_version AND r.rule_id = w.rule_id AND r.consultation = w.consultation
            AND r.title = w.title AND r.actor = w.actor AND r.owner = w.owner AND r.kind = w.kind
            AND r.legal_basis = w.legal_basis AND r.assicurazione_prefetto = w.assicurazione_prefetto
        ORDER BY w.position;
        {after}
        """;
}
