-- The history of the events an office records: the first recording and every correction, with
-- the day before and after and the reason. Like the adempimenti's history, append-only: the
-- database refuses updates and deletes. ente_event keeps the current day; this table says how it got there.

CREATE TABLE ente_event_audit (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tornata_id    bigint NOT NULL,
    ente_code     text NOT NULL,
    event         text NOT NULL,
    at            timestamptz NOT NULL,
    actor         text NOT NULL,
    from_day      date,                 -- null for the first recording
    to_day        date NOT NULL,
    reason        text,                 -- required for a correction
    FOREIGN KEY (tornata_id, ente_code, event) REFERENCES ente_event (tornata_id, ente_code, event),
    CHECK (from_day IS NULL OR length(btrim(reason)) > 0)
);

CREATE INDEX ente_event_audit_event ON ente_event_audit (tornata_id, ente_code, event, id);

-- The events recorded before this history existed: their current day, as a first recording.
INSERT INTO ente_event_audit (tornata_id, ente_code, event, at, actor, from_day, to_day, reason)
SELECT tornata_id, ente_code, event, recorded_at, recorded_by, NULL, day, NULL FROM ente_event;

CREATE TRIGGER ente_event_audit_append_only BEFORE UPDATE OR DELETE ON ente_event_audit
    FOR EACH ROW EXECUTE FUNCTION refuse_history_change();
CREATE TRIGGER ente_event_audit_no_truncate BEFORE TRUNCATE ON ente_event_audit
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_history_change();
