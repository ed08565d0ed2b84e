-- The history of the accounts: every creation, password reset, unlock, disabling and
-- re-enabling by an amministratore (web) or from the command line. Who, when, what; never a
-- password. Append-only like the acts' history (0003): the database refuses changes.

CREATE TABLE account_audit (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at         timestamptz NOT NULL,
    actor      text NOT NULL,
    action     text NOT NULL CHECK (action IN ('creato', 'password_reimpostata', 'sbloccato', 'disattivato', 'riattivato')),
    user_name  text NOT NULL,
    details    text NOT NULL DEFAULT ''
);

CREATE INDEX account_audit_user ON account_audit (user_name, id);

CREATE TRIGGER account_audit_append_only BEFORE UPDATE OR DELETE ON account_audit
    FOR EACH ROW EXECUTE FUNCTION refuse_history_change();
CREATE TRIGGER account_audit_no_truncate BEFORE TRUNCATE ON account_audit
    FOR EACH STATEMENT EXECUTE FUNCTION refuse_history_change();
