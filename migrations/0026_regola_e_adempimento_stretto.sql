-- Narrow task rows (issue 15, item 5). What a rule says (its consultation, title, actor and whose
-- work it is, kind, legal basis, the assicurazione al Prefetto) is the same for every ente that owes
-- the act: it now lives once per calendar version in `regola`, and a task refers to it. The task
-- keeps only what differs per ente: its dates, state, what it waits for, its completion.
--
-- The creation of acts is recorded once per synchronisation (`adempimento_creazione`: when, who,
-- why), and each act created by it refers to that entry, instead of one audit row per act: a
-- national tornata creates over half a million acts in one synchronisation. The history of an act
-- still shows, first, when and why it was created (view `adempimento_storia`).
--
-- The foreign keys of a task (its tornata, ente, rule text, successor comune) are checked once per
-- statement over the rows it wrote (a set join) instead of once per row, and the rows they point to
-- cannot be deleted or re-keyed while a task refers to them: the same guarantee as the foreign keys
-- gave, for one join per statement instead of half a million lookups. The same for the history
-- of an act (its audit rows and moves).
--
-- Readers see the same columns as before through the view `adempimento_vista`.

CREATE TABLE regola (
    id                      integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    calendar_version        text NOT NULL,
    rule_id                 text NOT NULL,
    consultation            text NOT NULL,
    title                   text NOT NULL,
    actor                   text NOT NULL,
    owner                   text NOT NULL CHECK (owner IN ('comune', 'prefettura', 'secondo-grado', 'altri')),
    kind                    text NOT NULL CHECK (kind IN ('scadenza', 'inizio', 'periodo', 'divieto', 'evento')),
    legal_basis             text NOT NULL,
    assicurazione_prefetto  boolean NOT NULL,
    -- One row per distinct text of a rule in a version: a rule's variants may cite different
    -- articles, and a region's file may give its acts to another actor.
    text_digest             text GENERATED ALWAYS AS (md5(consultation || chr(31) || title || chr(31) || actor || chr(31) || owner
                                || chr(31) || kind || chr(31) || legal_basis || chr(31) || assicurazione_prefetto::text)) STORED,
    UNIQUE (calendar_version, rule_id, text_digest)
);

-- A rule's text in a version never changes: a new text is a new row.
CREATE TRIGGER regola_immutable BEFORE UPDATE OR DELETE ON regola
    FOR EACH ROW EXECUTE FUNCTION refuse_history_change();
CREATE TRIGGER regola_no_truncate BEFORE TRUNCATE ON regola
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_history_change();

CREATE TABLE adempimento_creazione (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tornata_id        bigint NOT NULL REFERENCES tornata (id),
    at                timestamptz NOT NULL,
    actor             text NOT NULL,
    reason            text NOT NULL,
    calendar_version  text NOT NULL
);

CREATE TRIGGER adempimento_creazione_append_only BEFORE UPDATE OR DELETE ON adempimento_creazione
    FOR EACH ROW EXECUTE FUNCTION refuse_history_change();
CREATE TRIGGER adempimento_creazione_no_truncate BEFORE TRUNCATE ON adempimento_creazione
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_history_change();

-- The stored acts' texts, as they are: one row per distinct text and version.
INSERT INTO regola (calendar_version, rule_id, consultation, title, actor, owner, kind, legal_basis, assicurazione_prefetto)
SELECT DISTINCT calendar_version, rule_id, consultation, title, actor, owner, kind, legal_basis, assicurazione_prefetto
FROM adempimento
ORDER BY calendar_version, rule_id;

ALTER TABLE adempimento
    ADD COLUMN regola_id integer,
    ADD COLUMN creazione_id bigint;

UPDATE adempimento a SET regola_id = r.id
FROM regola r
WHERE r.calendar_version = a.calendar_version AND r.rule_id = a.rule_id AND r.consultation = a.consultation
  AND r.title = a.title AND r.actor = a.actor AND r.owner = a.owner AND r.kind = a.kind
  AND r.legal_basis = a.legal_basis AND r.assicurazione_prefetto = a.assicurazione_prefetto;

DROP INDEX adempimento_ente_tornata;
DROP INDEX adempimento_ente_day;
DROP INDEX adempimento_tornata_status;   -- the unique key (tornata_id, ente_code, rule_id) serves a tornata's rows
ALTER TABLE adempimento
    ALTER COLUMN regola_id SET NOT NULL,
    DROP CONSTRAINT adempimento_ente_code_fkey,
    DROP CONSTRAINT adempimento_tornata_id_fkey,
    DROP CONSTRAINT adempimento_merged_into_fkey,
    DROP COLUMN consultation,
    DROP COLUMN title,
    DROP COLUMN actor,
    DROP COLUMN owner,
    DROP COLUMN kind,
    DROP COLUMN legal_basis,
    DROP COLUMN assicurazione_prefetto,
    DROP COLUMN calendar_version;

-- One index reaches an ente's acts, for its day (Oggi, the calendar, the digest) and for the
-- prefettura dashboard, which aggregates one tornata over the comuni of a province with the columns
-- it counts in the index (an index-only scan, as 0011's index gave it; the consultation and the
-- assicurazione now come from the rule text). One index instead of two: each index of a task costs
-- about a fifth of a national creation.
CREATE INDEX adempimento_ente_day ON adempimento (ente_code, due_date)
    INCLUDE (tornata_id, status, due_at, offset_days, rule_id, regola_id);

-- The references of the rows a statement inserted, checked in one join.
CREATE FUNCTION adempimento_check_references() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    missing text;
BEGIN
    -- The distinct values first (a national creation: one tornata, 7,900 enti, a few hundred texts).
    SELECT x INTO missing FROM (
        SELECT 'tornata ' || v AS x FROM (SELECT DISTINCT tornata_id AS v FROM written) d WHERE NOT EXISTS (SELECT 1 FROM tornata WHERE id = d.v)
        UNION ALL
        SELECT 'ente ' || v FROM (SELECT DISTINCT ente_code AS v FROM written) d WHERE NOT EXISTS (SELECT 1 FROM ente WHERE code = d.v)
        UNION ALL
        SELECT 'testo della regola ' || v FROM (SELECT DISTINCT regola_id AS v FROM written) d WHERE NOT EXISTS (SELECT 1 FROM regola WHERE id = d.v)
        UNION ALL
        SELECT 'creazione ' || v FROM (SELECT DISTINCT creazione_id AS v FROM written WHERE creazione_id IS NOT NULL) d
        WHERE NOT EXISTS (SELECT 1 FROM adempimento_creazione WHERE id = d.v)
        UNION ALL
        SELECT 'ente successore ' || v FROM (SELECT DISTINCT merged_into AS v FROM written WHERE merged_into IS NOT NULL) d
        WHERE NOT EXISTS (SELECT 1 FROM ente WHERE code = d.v)
    ) problems
    LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION 'adempimento: riferimento inesistente (%)', missing USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER adempimento_references_on_insert AFTER INSERT ON adempimento
    REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION adempimento_check_references();

-- An update is checked only for the rows whose references it changed (as a foreign key is): a
-- postponement moves every date of a tornata and changes no reference.
CREATE FUNCTION adempimento_check_row_references() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM tornata WHERE id = NEW.tornata_id)
       OR NOT EXISTS (SELECT 1 FROM ente WHERE code = NEW.ente_code)
       OR NOT EXISTS (SELECT 1 FROM regola WHERE id = NEW.regola_id)
       OR (NEW.creazione_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM adempimento_creazione WHERE id = NEW.creazione_id))
       OR (NEW.merged_into IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ente WHERE code = NEW.merged_into)) THEN
        RAISE EXCEPTION 'adempimento %: riferimento inesistente', NEW.id USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER adempimento_references_on_update AFTER UPDATE ON adempimento FOR EACH ROW
    WHEN (OLD.tornata_id IS DISTINCT FROM NEW.tornata_id OR OLD.ente_code IS DISTINCT FROM NEW.ente_code
          OR OLD.regola_id IS DISTINCT FROM NEW.regola_id OR OLD.creazione_id IS DISTINCT FROM NEW.creazione_id
          OR OLD.merged_into IS DISTINCT FROM NEW.merged_into)
    EXECUTE FUNCTION adempimento_check_row_references();

-- What a task refers to stays while it refers to it.
CREATE FUNCTION refuse_referenced_by_adempimento() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        IF EXISTS (SELECT 1 FROM adempimento) THEN
            RAISE EXCEPTION 'la tabella % è ancora indicata da adempimenti', TG_TABLE_NAME USING ERRCODE = 'foreign_key_violation';
        END IF;
        RETURN NULL;
    END IF;
    -- One branch per table: a record has only its own table's fields.
    IF TG_TABLE_NAME = 'ente' THEN
        IF EXISTS (SELECT 1 FROM adempimento WHERE ente_code = OLD.code) OR EXISTS (SELECT 1 FROM adempimento WHERE merged_into = OLD.code) THEN
            RAISE EXCEPTION 'l''ente % è ancora indicato da adempimenti', OLD.code USING ERRCODE = 'foreign_key_violation';
        END IF;
    ELSIF EXISTS (SELECT 1 FROM adempimento WHERE tornata_id = OLD.id) THEN
        RAISE EXCEPTION 'la tornata % è ancora indicata da adempimenti', OLD.id USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN OLD;
END;
$$;

CREATE TRIGGER ente_referenced_by_adempimento BEFORE DELETE OR UPDATE OF code ON ente
    FOR EACH ROW EXECUTE FUNCTION refuse_referenced_by_adempimento();
CREATE TRIGGER tornata_referenced_by_adempimento BEFORE DELETE OR UPDATE OF id ON tornata
    FOR EACH ROW EXECUTE FUNCTION refuse_referenced_by_adempimento();
CREATE TRIGGER ente_truncate_referenced BEFORE TRUNCATE ON ente
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_referenced_by_adempimento();
CREATE TRIGGER tornata_truncate_referenced BEFORE TRUNCATE ON tornata
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_referenced_by_adempimento();

-- The history of an act refers to the act: checked once per statement too (a national
-- postponement writes over half a million moves and audit rows in one statement), and an act that
-- has a history is not deleted (the product marks it not applicable; a deletion by hand is refused).
ALTER TABLE adempimento_audit DROP CONSTRAINT adempimento_audit_adempimento_id_fkey;
ALTER TABLE adempimento_move DROP CONSTRAINT adempimento_move_adempimento_id_fkey;

CREATE FUNCTION history_check_act() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    missing bigint;
BEGIN
    SELECT w.adempimento_id INTO missing
    FROM written w LEFT JOIN adempimento a ON a.id = w.adempimento_id
    WHERE a.id IS NULL
    LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION '%: adempimento % inesistente', TG_TABLE_NAME, missing USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER adempimento_audit_act_exists AFTER INSERT ON adempimento_audit
    REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION history_check_act();
CREATE TRIGGER adempimento_move_act_exists AFTER INSERT ON adempimento_move
    REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION history_check_act();

CREATE FUNCTION refuse_delete_of_act_with_history() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'TRUNCATE' THEN
        IF EXISTS (SELECT 1 FROM adempimento_audit) OR EXISTS (SELECT 1 FROM adempimento_move) THEN
            RAISE EXCEPTION 'gli adempimenti hanno uno storico' USING ERRCODE = 'foreign_key_violation';
        END IF;
        RETURN NULL;
    END IF;
    IF EXISTS (SELECT 1 FROM adempimento_audit WHERE adempimento_id = OLD.id) OR EXISTS (SELECT 1 FROM adempimento_move WHERE adempimento_id = OLD.id) THEN
        RAISE EXCEPTION 'l''adempimento % ha uno storico', OLD.id USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN OLD;
END;
$$;

CREATE TRIGGER adempimento_keeps_its_history BEFORE DELETE ON adempimento
    FOR EACH ROW EXECUTE FUNCTION refuse_delete_of_act_with_history();
CREATE TRIGGER adempimento_truncate_keeps_history BEFORE TRUNCATE ON adempimento
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_delete_of_act_with_history();

-- Every column a reader knew, from the task and its rule text. The join is a left join on a
-- non-null key that always matches: PostgreSQL drops it from queries that read no rule text.
CREATE VIEW adempimento_vista AS
SELECT a.id, a.tornata_id, a.ente_code, a.rule_id, r.consultation, r.title, r.actor, r.kind, r.legal_basis,
       a.start_date, a.start_time, a.due_date, a.due_time, a.due_local, a.due_at, a.offset_days, a.status,
       a.waiting_for, r.assicurazione_prefetto, a.festivo, r.calendar_version, a.completed_at, a.completed_by,
       a.protocol_number, a.completion_note, a.merged_into, a.row_version, r.owner, a.regola_id, a.creazione_id
FROM adempimento a
LEFT JOIN regola r ON r.id = a.regola_id;

-- An act's history: its audit rows, and first its creation when a synchronisation's entry records
-- it (acts created before 0026 have their own 'creato' row). The state it was created in is the one
-- its first later change started from, or the one it still has.
CREATE VIEW adempimento_storia AS
SELECT h.id, h.adempimento_id, h.at, h.actor, h.action, h.from_status, h.to_status, h.details
FROM adempimento_audit h
UNION ALL
SELECT -a.id, a.id, c.at, c.actor, 'creato', NULL::text,
       coalesce((SELECT x.from_status FROM adempimento_audit x WHERE x.adempimento_id = a.id ORDER BY x.id LIMIT 1), a.status),
       jsonb_build_object('reason', c.reason)
FROM adempimento a
JOIN adempimento_creazione c ON c.id = a.creazione_id;
