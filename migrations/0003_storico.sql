-- The history: every change to an adempimento is appended to adempimento_audit, and every move
-- of a due date to adempimento_move. Neither table can be updated or deleted, whoever asks: the database enforces it.

CREATE TABLE adempimento_audit (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    adempimento_id       bigint NOT NULL REFERENCES adempimento (id),
    at            timestamptz NOT NULL,
    actor         text NOT NULL,
    action        text NOT NULL CHECK (action IN ('creato', 'completato', 'riaperto', 'datato', 'attivato', 'non_applicabile', 'spostato', 'ente_accorpato', 'aggiornato')),
    from_status   text,
    to_status     text,
    details       jsonb NOT NULL DEFAULT '{}'
);

CREATE INDEX adempimento_audit_task ON adempimento_audit (adempimento_id, id);

CREATE TABLE adempimento_move (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    adempimento_id          bigint NOT NULL REFERENCES adempimento (id),
    moved_at         timestamptz NOT NULL,
    from_due_local   timestamp,
    to_due_local     timestamp,
    reason           text NOT NULL
);

CREATE INDEX adempimento_move_task ON adempimento_move (adempimento_id, id);

CREATE FUNCTION refuse_history_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'La tabella % è uno storico: le righe non si modificano né si cancellano', TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER adempimento_audit_append_only BEFORE UPDATE OR DELETE ON adempimento_audit
    FOR EACH ROW EXECUTE FUNCTION refuse_history_change();
CREATE TRIGGER adempimento_audit_no_truncate BEFORE TRUNCATE ON adempimento_audit
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_history_change();
CREATE TRIGGER adempimento_move_append_only BEFORE UPDATE OR DELETE ON adempimento_move
    FOR EACH ROW EXECUTE FUNCTION refuse_history_change();
CREATE TRIGGER adempimento_move_no_truncate BEFORE TRUNCATE ON adempimento_move
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_history_change();
