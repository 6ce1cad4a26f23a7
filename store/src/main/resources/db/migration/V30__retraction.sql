-- Retraction: a record entered by mistake (a person entered twice, an event on the wrong timeline)
-- is taken back, not deleted. It stays, with its history, but no read shows it until a coordinator
-- restores it. When, by which account and along with which record it was retracted are workflow
-- states and ids, kept in clear; the reason is a revision's, sealed like every reason.

ALTER TABLE record ADD COLUMN retracted_at BIGINT;
ALTER TABLE record ADD COLUMN retracted_by VARCHAR(200);
ALTER TABLE record ADD COLUMN retracted_with VARCHAR(36);

CREATE INDEX record_retracted ON record (retracted_at);
CREATE INDEX record_retracted_with ON record (retracted_with);

-- What a revision did, when it is more than a creation or a change: RETRACTED or RESTORED.
ALTER TABLE revision ADD COLUMN action VARCHAR(20);
