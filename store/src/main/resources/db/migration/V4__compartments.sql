-- Organisations are compartments. Each record belongs to one organisation (or to none, for a
-- group that has not set up organisations yet); a case also opens itself and its people to its
-- owner and to the organisations it is shared with. Ids only: nothing identifying.

ALTER TABLE record ADD COLUMN organisation_id VARCHAR(36);

CREATE INDEX record_kind_organisation ON record (kind, organisation_id);

-- "Organisation X may see record R, because case V says so." Rewritten whenever V changes.
CREATE TABLE record_share (
    record_id        VARCHAR(36) NOT NULL,
    organisation_id  VARCHAR(36) NOT NULL,
    via_id           VARCHAR(36) NOT NULL,
    PRIMARY KEY (record_id, organisation_id, via_id)
);

CREATE INDEX record_share_via ON record_share (via_id);
CREATE INDEX record_share_organisation ON record_share (organisation_id, record_id);
