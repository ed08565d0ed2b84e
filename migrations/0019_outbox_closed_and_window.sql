-- The outbox gives up on nothing silently (issue 14, items 1 and 2):
-- * a message whose purpose is served by a later one (a digest superseded by the next day's,
--   which lists the same acts still open) is 'closed' with the reason, never dropped;
-- * a message is retried until a time window ends (Outbox:GiveUpAfterHours, from retry_from),
--   not after a count of attempts; a re-queue from the web or the CLI starts a new window;
-- * every failed message is told to the amministratori once the relay works again (reported_at);
-- * the acts a digest lists are kept, to know whether a later digest carries them.

ALTER TABLE outbox DROP CONSTRAINT outbox_status_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_status_check CHECK (status IN ('pending', 'sent', 'failed', 'closed'));

-- The amministratori's notice of failed messages is a message like the others.
ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_kind_check
    CHECK (kind IN ('digest', 'promemoria', 'sollecito', 'assicurazione', 'rinvio', 'prova', 'posta-non-recapitata'));

ALTER TABLE outbox
    ADD COLUMN retry_from    timestamptz,      -- the start of the current retry window: the last re-queue (null: created_at)
    ADD COLUMN closed_at     timestamptz,
    ADD COLUMN closed_reason text,             -- Italian, for the amministratore: why it was not sent
    ADD COLUMN reported_at   timestamptz,      -- when a failed message was told to the amministratori
    ADD COLUMN requeued_at   timestamptz,      -- the last re-queue of a failed message, and by whom
    ADD COLUMN requeued_by   text,
    ADD COLUMN acts          bigint[] NOT NULL DEFAULT '{}';  -- the acts the message lists (digests)

-- Null reads as created_at (coalesce in the sender), so a writer that does not know the column still works.
-- Messages failed before this migration were never told to anyone: they will be, once.

ALTER TABLE outbox ADD CONSTRAINT outbox_closed_has_reason
    CHECK ((status = 'closed') = (closed_at IS NOT NULL AND closed_reason IS NOT NULL));

-- What the page and the notice look for.
CREATE INDEX outbox_failed_unreported ON outbox (id) WHERE status = 'failed' AND reported_at IS NULL;
CREATE INDEX outbox_by_status ON outbox (status, id);
