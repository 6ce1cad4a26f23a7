-- A page of one kind of record (newest first) is chosen from this index alone: it holds the order
-- (updated_at, id) and what deciding whether the reader may see a row needs (retracted_at,
-- organisation_id), so skipping to page 200 passes over index entries instead of reading 4,000
-- rows with their encrypted bodies. It replaces the index on (kind, updated_at), which it covers.
CREATE INDEX record_kind_updated_visible ON record (kind, updated_at, id, retracted_at, organisation_id);
DROP INDEX record_kind_updated;
