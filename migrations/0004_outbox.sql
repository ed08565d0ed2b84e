-- The outbox: every email is first written here, in the same transaction as the decision to send
-- it, and delivered later by the sender job. The unique key (ente, recipient, kind, subject) makes a
-- message impossible to create twice, from one node or many; each delivery attempt is recorded with
-- the SMTP server's answer.

CREATE TABLE outbox (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    ente_code        text,                  -- the ente (or prefettura) the message is about; null for a digest covering several
    recipient        text NOT NULL,
    kind             text NOT NULL CHECK (kind IN ('digest', 'promemoria', 'sollecito', 'assicurazione', 'rinvio', 'prova')),
    dedup_key        text NOT NULL,         -- the task or the day: 'giorno:2024-05-10', 'adempimento:42:3', …
    subject          text NOT NULL,
    text_body        text NOT NULL,
    html_body        text NOT NULL,
    status           text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
    attempts         integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at  timestamptz NOT NULL,
    locked_until     timestamptz,           -- a sender's lease: a node that dies mid-send loses the claim when it expires
    locked_by        text,
    created_at       timestamptz NOT NULL,
    sent_at          timestamptz,
    last_error       text,
    CONSTRAINT outbox_once UNIQUE NULLS NOT DISTINCT (ente_code, recipient, kind, dedup_key),
    CHECK ((status = 'sent') = (sent_at IS NOT NULL))
);

-- What the sender looks for: pending messages whose time has come.
CREATE INDEX outbox_due ON outbox (next_attempt_at, id) WHERE status = 'pending';

CREATE TABLE outbox_attempt (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    outbox_id     bigint NOT NULL REFERENCES outbox (id),
    attempt       integer NOT NULL,
    node          text NOT NULL,
    started_at    timestamptz NOT NULL,
    finished_at   timestamptz NOT NULL,
    succeeded     boolean NOT NULL,
    smtp_status   integer,                  -- the SMTP reply code when the server gave one (250, 421, 550, …)
    smtp_answer   text NOT NULL
);

CREATE INDEX outbox_attempt_message ON outbox_attempt (outbox_id, id);

-- How far the notifiers that follow a history table (moves of due dates, completions) have read:
-- advanced in the same transaction as the messages they write, so each row is notified once.
CREATE TABLE notification_cursor (
    name       text PRIMARY KEY,
    last_id    bigint NOT NULL DEFAULT 0
);

-- Starting from the history already there: a database that gains the outbox does not mail its past.
INSERT INTO notification_cursor (name, last_id)
SELECT 'rinvii', coalesce(max(id), 0) FROM adempimento_move
UNION ALL
SELECT 'assicurazioni', coalesce(max(id), 0) FROM adempimento_audit;
