-- The parameters the decree of a tornata sets (voting hours, the start of the count when
-- consultations are combined): parameter id -> value as typed, e.g. {"chiusura-votazione": "22:00"}.
-- The ids and the values the law allows are declared in calendars/index.yaml (`parameters:`) and
-- checked by the engine before a value is stored; a parameter not set keeps the law's default.
-- ente.capoluogo (0001) already holds the capoluogo flag that `enti import` reads from the comuni list.

ALTER TABLE tornata
    ADD COLUMN parametri jsonb NOT NULL DEFAULT '{}'
        CHECK (jsonb_typeof(parametri) = 'object');
