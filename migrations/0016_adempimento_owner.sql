-- Whose work each act is, from its actor's `owner` in calendars/index.yaml: the comune's offices,
-- the prefettura, the offices of a provincia or città metropolitana in a second-level vote, or
-- others (candidates, electors, seggi, courts, State bodies), whose acts an ente only needs to
-- know. The synchronizer writes it from the calendars on every run; the rows already stored get
-- it here from the mapping of index.yaml 2026.12.1, so that no act waits for a sync to be sorted.
ALTER TABLE adempimento ADD COLUMN owner text;

UPDATE adempimento SET owner = CASE
    WHEN actor IN ('ufficio-elettorale', 'sindaco', 'giunta', 'segretario', 'commissione-comunale') THEN 'comune'
    WHEN actor IN ('prefettura', 'presidente-regione') THEN 'prefettura'
    WHEN actor IN ('ufficio-elettorale-metropolitano', 'ufficio-elettorale-provinciale', 'sindaco-metropolitano', 'presidente-provincia') THEN 'secondo-grado'
    ELSE 'altri' END;

ALTER TABLE adempimento
    ALTER COLUMN owner SET NOT NULL,
    ADD CONSTRAINT adempimento_owner_check CHECK (owner IN ('comune', 'prefettura', 'secondo-grado', 'altri'));
