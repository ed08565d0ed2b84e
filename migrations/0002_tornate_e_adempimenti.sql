-- Tornate, the enti voting in them, and one adempimento (a task) per applicable rule and ente.
-- Due dates are stored as the law states them (local Europe/Rome date and hour, "24:00" kept as
-- written) and as the instant a job can schedule on.

CREATE TABLE tornata (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name              text NOT NULL,
    voting_days       date[] NOT NULL CHECK (cardinality(voting_days) IN (1, 2)),
    ballottaggio_day  date,
    created_at        timestamptz NOT NULL
);

-- Which enti vote in the tornata, and in which consultations.
CREATE TABLE tornata_ente (
    tornata_id      bigint NOT NULL REFERENCES tornata (id),
    ente_code       text NOT NULL REFERENCES ente (code),
    consultations   text[] NOT NULL CHECK (cardinality(consultations) > 0),
    PRIMARY KEY (tornata_id, ente_code)
);

CREATE INDEX tornata_ente_ente ON tornata_ente (ente_code);

CREATE TABLE adempimento (
    id                       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tornata_id               bigint NOT NULL REFERENCES tornata (id),
    ente_code                text NOT NULL REFERENCES ente (code),
    rule_id                  text NOT NULL,
    consultation             text NOT NULL,
    title                    text NOT NULL,
    actor                    text NOT NULL,
    kind                     text NOT NULL CHECK (kind IN ('scadenza', 'inizio', 'periodo', 'divieto', 'evento')),
    legal_basis              text NOT NULL,
    start_date               date,
    start_time               text CHECK (start_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$'),
    due_date                 date,                  -- null while waiting for an event
    due_time                 text CHECK (due_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$|^24:00$'),
    due_local                timestamp,             -- the due date and hour; the day's end when the law gives none
    due_at                   timestamptz,           -- the same instant, for scheduling
    offset_days              integer,
    status                   text NOT NULL CHECK (status IN ('da_fare', 'completato', 'non_applicabile', 'in_attesa')),
    waiting_for              text,                  -- 'event:liste-ammesse', 'ballottaggio', …
    assicurazione_prefetto   boolean NOT NULL,
    festivo                  boolean NOT NULL,
    calendar_version         text NOT NULL,
    completed_at             timestamptz,
    completed_by             text,
    protocol_number          text,
    completion_note          text,
    merged_into              text REFERENCES ente (code),   -- set when the ente merged into another: the task is kept, marked
    row_version              integer NOT NULL DEFAULT 0,
    UNIQUE (tornata_id, ente_code, rule_id),
    CHECK ((status = 'completato') = (completed_at IS NOT NULL)),
    CHECK (status <> 'completato' OR completed_by IS NOT NULL),
    CHECK ((due_date IS NULL) = (due_local IS NULL) AND (due_local IS NULL) = (due_at IS NULL))
);

CREATE INDEX adempimento_ente_day ON adempimento (ente_code, due_date);
CREATE INDEX adempimento_tornata_status ON adempimento (tornata_id, status);
CREATE INDEX adempimento_due_open ON adempimento (due_at) WHERE status = 'da_fare';

-- Events an office records; they date the tasks waiting for them.
CREATE TABLE ente_event (
    tornata_id    bigint NOT NULL REFERENCES tornata (id),
    ente_code     text NOT NULL REFERENCES ente (code),
    event         text NOT NULL,
    day           date NOT NULL,
    recorded_at   timestamptz NOT NULL,
    recorded_by   text NOT NULL,
    PRIMARY KEY (tornata_id, ente_code, event)
);
