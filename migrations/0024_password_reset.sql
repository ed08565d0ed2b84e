-- Passwords chosen by their owners (issue 12 item 6): a change of one's own password, and the
-- reset of a forgotten one by an emailed link.
--
-- A link carries a random token; only its SHA-256 is kept, so a copy of the database opens no
-- account. A token works once (used_at) and for a short time (expires_at, set by the web from
-- the injected clock); rows older than a day are deleted as new ones are issued.

CREATE TABLE password_reset (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id     text NOT NULL REFERENCES asp_net_users (id) ON DELETE CASCADE,
    token_hash  bytea NOT NULL UNIQUE CHECK (length(token_hash) = 32),
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL CHECK (expires_at > created_at),
    used_at     timestamptz
);

CREATE INDEX password_reset_created ON password_reset (created_at);

-- The accounts' history records who changed or reset their own password (never the password).
ALTER TABLE account_audit DROP CONSTRAINT account_audit_action_check;
ALTER TABLE account_audit ADD CONSTRAINT account_audit_action_check
    CHECK (action IN ('creato', 'password_reimpostata', 'sbloccato', 'disattivato', 'riattivato', 'password_cambiata', 'password_recuperata'));

-- The message with the link goes through the outbox like every other.
ALTER TABLE outbox DROP CONSTRAINT outbox_kind_check;
ALTER TABLE outbox ADD CONSTRAINT outbox_kind_check
    CHECK (kind IN ('digest', 'promemoria', 'sollecito', 'assicurazione', 'rinvio', 'prova', 'posta-non-recapitata', 'recupero-password'));
