-- The contacts of each ente, edited in the web by its own offices, by its prefettura and by the
-- amministratore (issue 12, item 2), with the history of every change; and the sollecito, the
-- prefettura's reminder to a late comune, recorded in the act's history (item 3).
--
-- The two addresses the messages go to stay where the reminders read them (ente.email_ufficio_elettorale,
-- ente.email_segretario; prefettura.email). This table holds what only people read: the ente's PEC,
-- the sindaco's name and address, the segretario's name. One segretario often serves several comuni
-- (convenzioni di segreteria: art. 98 D.Lgs. 267/2000, art. 10 D.P.R. 465/1997): he is one person through his address, which the
-- page offers to change in every comune that has it.

CREATE TABLE ente_contatto (
    ente_code        text PRIMARY KEY REFERENCES ente (code),
    pec              text,        -- the ente's certified address, as in the IPA index
    sindaco          text,        -- the sindaco's (or the president's) name
    email_sindaco    text,
    segretario       text         -- the segretario comunale's name
);

-- One row per changed field: who, when, the old and the new value (null: empty). Append-only,
-- as the adempimenti's history: the database refuses updates and deletes.
CREATE TABLE contatto_storico (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ente_code        text REFERENCES ente (code),
    prefettura_code  text REFERENCES prefettura (code),
    at               timestamptz NOT NULL,
    actor            text NOT NULL,
    field            text NOT NULL CHECK (field IN ('email_ufficio_elettorale', 'email_segretario', 'pec', 'sindaco', 'email_sindaco', 'segretario', 'email_prefettura')),
    from_value       text,
    to_value         text,
    CHECK ((ente_code IS NULL) <> (prefettura_code IS NULL)),
    CHECK (from_value IS DISTINCT FROM to_value)
);

CREATE INDEX contatto_storico_ente ON contatto_storico (ente_code, id) WHERE ente_code IS NOT NULL;
CREATE INDEX contatto_storico_prefettura ON contatto_storico (prefettura_code, id) WHERE prefettura_code IS NOT NULL;

CREATE TRIGGER contatto_storico_append_only BEFORE UPDATE OR DELETE ON contatto_storico
    FOR EACH ROW EXECUTE FUNCTION refuse_history_change();
CREATE TRIGGER contatto_storico_no_truncate BEFORE TRUNCATE ON contatto_storico
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_history_change();

-- The segretario is found by his address in every comune he serves.
CREATE INDEX ente_segretario ON ente (lower(btrim(email_segretario))) WHERE email_segretario IS NOT NULL;

-- The sollecito: the prefettura reminds a comune of an overdue act; the message goes through the
-- outbox (kind 'sollecito', ente_code the comune's) and the act's history says who sent it, when, to whom.
ALTER TABLE adempimento_audit DROP CONSTRAINT adempimento_audit_action_check;
ALTER TABLE adempimento_audit ADD CONSTRAINT adempimento_audit_action_check
    CHECK (action IN ('creato', 'completato', 'riaperto', 'datato', 'attivato', 'non_applicabile', 'spostato', 'ente_accorpato', 'aggiornato', 'sollecitato'));
