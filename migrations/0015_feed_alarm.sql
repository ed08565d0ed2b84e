-- The reminder a feed's subscribers get before each deadline, chosen when the feed address is
-- made: so many days before (at the deadline's hour, or at 9:00 for a deadline without an hour),
-- or none (NULL, as for every address made before this column).
ALTER TABLE feed_token ADD COLUMN alarm_days_before smallint CHECK (alarm_days_before BETWEEN 1 AND 14);
