-- A database as a national deployment has it, for the web benchmarks (benchmarks/web/README.md):
-- every comune with its contacts (the ufficio elettorale's address, a segretario shared by three
-- comuni in convenzione, a PEC and the sindaco), an operatore and a segretario per comune, and two
-- people per prefettura; a tenth of the users have chosen their notifications. The users cannot
-- sign in (no password): they are there to be read, as the recipients of the comuni's messages.
--   psql "$CONNECTION" -v ON_ERROR_STOP=1 -f benchmarks/web/deployment.sql
BEGIN;
UPDATE ente SET email_ufficio_elettorale = 'elettorale@c' || code || '.example.it',
                email_segretario = 'segretario' || (row_number % 2634) || '@segreterie.example.it'
FROM (SELECT code AS c, row_number() OVER (ORDER BY code) AS row_number FROM ente WHERE kind = 'comune') n
WHERE ente.code = n.c;
INSERT INTO ente_contatto (ente_code, pec, sindaco, email_sindaco, segretario)
SELECT code, 'protocollo@pec.c' || code || '.example.it', 'Sindaco di ' || name, 'sindaco@c' || code || '.example.it', 'Segretario di ' || name
FROM ente WHERE kind = 'comune'
ON CONFLICT (ente_code) DO NOTHING;
UPDATE prefettura SET email = 'elettorale.pref_' || lower(code) || '@interno.example.it' WHERE email IS NULL;

CREATE TEMP TABLE person (id text, ente text, role text, name text, email text) ON COMMIT DROP;
INSERT INTO person
SELECT 'bench-op-' || code, code, 'operatore', 'Operatore di ' || name, 'operatore@c' || code || '.example.it' FROM ente WHERE kind = 'comune'
UNION ALL
SELECT 'bench-seg-' || code, code, 'segretario', 'Segretario di ' || name, email_segretario FROM ente WHERE kind = 'comune'
UNION ALL
SELECT 'bench-pref-' || e.code || '-' || i, e.code, 'prefettura', 'Prefettura di ' || e.name || ' ' || i, 'pref' || i || '.' || lower(e.code) || '@interno.example.it'
FROM ente e CROSS JOIN generate_series(1, 2) i WHERE e.kind <> 'comune' AND e.prefettura_code IS NOT NULL;
INSERT INTO asp_net_users (id, ente_code, display_name, user_name, normalized_user_name, email, normalized_email,
                           email_confirmed, security_stamp, concurrency_stamp, phone_number_confirmed, two_factor_enabled, lockout_enabled, access_failed_count)
SELECT id, ente, name, id, upper(id), email, upper(email), true, md5(id), md5(id), false, false, true, 0 FROM person
ON CONFLICT (id) DO NOTHING;
INSERT INTO asp_net_user_roles (user_id, role_id)
SELECT p.id, r.id FROM person p JOIN asp_net_roles r ON r.name = p.role
ON CONFLICT DO NOTHING;
INSERT INTO notification_settings (user_id, digest, urgent, escalation, postponement, updated_at)
SELECT id, true, (hashtext(id) % 2 = 0), true, true, now() FROM person WHERE hashtext(id) % 10 = 0
ON CONFLICT (user_id) DO NOTHING;
COMMIT;
ANALYZE;
