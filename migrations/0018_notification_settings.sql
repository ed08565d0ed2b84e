-- Who receives the automated messages (issue 10, item 6). The users of an ente who have an email
-- receive its messages according to their own choices, one row per user who has ever saved the
-- page /account/notifiche; a user without a row receives everything their role can receive. The
-- ente's contact addresses (ente.email_*, prefettura.email) receive only while the office has no
-- user with an email. The rules are in src/Scadenzario.Data/Recipients/RecipientBook.cs.

CREATE TABLE notification_settings (
    user_id       text PRIMARY KEY REFERENCES asp_net_users (id) ON DELETE CASCADE,
    digest        boolean NOT NULL,   -- the morning digest, with that day's reminders in it
    urgent        boolean NOT NULL,   -- what cannot wait for the next digest; for a prefettura, the assicurazioni
    escalation    boolean NOT NULL,   -- a prefettura's daily table of its comuni's overdue acts
    postponement  boolean NOT NULL,   -- the deadlines a postponement or an event moved
    updated_at    timestamptz NOT NULL
);

-- The people the jobs may write to: a user with an email, a role and an ente, not disabled (a
-- disabled account is locked out to the end of time; a lockout after failed logins ends by itself
-- and does not stop the mail). The settings default to everything on. Read only through
-- RecipientBook: the accounts' tables stay the accounts project's, this view is the one read of them.
CREATE VIEW notification_person AS
SELECT u.id AS user_id,
       u.display_name,
       btrim(u.email) AS email,
       u.ente_code,
       r.name AS role,
       coalesce(s.digest, true) AS digest,
       coalesce(s.urgent, true) AS urgent,
       coalesce(s.escalation, true) AS escalation,
       coalesce(s.postponement, true) AS postponement
FROM asp_net_users u
JOIN asp_net_user_roles ur ON ur.user_id = u.id
JOIN asp_net_roles r ON r.id = ur.role_id
LEFT JOIN notification_settings s ON s.user_id = u.id
WHERE u.email IS NOT NULL AND btrim(u.email) <> '' AND u.ente_code IS NOT NULL
  AND (u.lockout_end IS NULL OR u.lockout_end < timestamptz '9999-01-01 00:00:00+00');

-- The escalation of a prefettura is written once per day, whoever its recipients are at the time:
-- the row is inserted in the transaction that writes the messages, and a second run that finds it
-- writes nothing, even if a user was added or an address changed in between.
CREATE TABLE escalation_day (
    prefettura_code  text NOT NULL REFERENCES prefettura (code),
    day              date NOT NULL,
    comuni           integer NOT NULL CHECK (comuni > 0),
    overdue          integer NOT NULL CHECK (overdue > 0),
    written_at       timestamptz NOT NULL,
    PRIMARY KEY (prefettura_code, day)
);
