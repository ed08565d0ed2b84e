-- The supersession of digests (src/Scadenzario.Jobs/Outbox/DigestSupersession.cs) looks up, for
-- each new digest, the same person's pending digests by their address in any case. Without an index
-- on lower(recipient) that lookup scanned every pending digest once per new digest: on a national
-- morning (10,063 digests) about 10^8 rows and 90 seconds, where the whole composition should take
-- a few seconds.
CREATE INDEX outbox_pending_digest_by_recipient ON outbox (lower(recipient)) WHERE kind = 'digest' AND status = 'pending';
