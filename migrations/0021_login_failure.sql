-- Failed logins, so that the amministratore is told of repeated failures (issue 14, item 8).
-- Failures no longer lock an account (an anonymous stranger could keep an office out on the
-- morning of a deadline); they are throttled in memory per address and account, and recorded
-- here. The name typed is kept only when it is an account's: a mistyped name is often a password
-- typed in the wrong field. Rows older than 30 days are deleted as new ones arrive.

CREATE TABLE login_failure (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at         timestamptz NOT NULL,
    user_id    text REFERENCES asp_net_users (id) ON DELETE CASCADE,   -- null: no account has the name typed
    address    text                                                    -- the client's address, as the configured proxies report it
);

CREATE INDEX login_failure_recent ON login_failure (at, user_id);
