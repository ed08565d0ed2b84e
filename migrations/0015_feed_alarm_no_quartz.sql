-- The reminder a feed's subscribers get before each deadline, chosen when the feed address is
-- made: so many days before (at the deadline's hour, or at 9:00 for a deadline without an hour),
-- or none (NULL, as for every address made before this column).
ALTER TABLE feed_token ADD COLUMN alarm_days_before smallint CHECK (alarm_days_before BETWEEN 1 AND 14);

-- The jobs moved from Quartz.NET to Hangfire (its own schema "hangfire", created by
-- Hangfire.PostgreSql on start-up): the qrtz_ tables Quartz created for itself go, in an
-- existing database; in a new one there are none.
DO $$
DECLARE
    quartz record;
BEGIN
    FOR quartz IN
        SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relname LIKE 'qrtz\_%'
    LOOP
        EXECUTE format('DROP TABLE IF EXISTS %I CASCADE', quartz.relname);
    END LOOP;
END
$$;
