-- What a count or a page of one kind of record needs to decide whether the reader may see a row
-- (its kind, whether it is retracted, its organisation and its id), in one index: the counts of
-- the people list and the dashboard then read the index alone, not every row's encrypted body
-- (which SQLite stores before the columns added later, so reaching them meant reading past it).
CREATE INDEX record_kind_visible ON record (kind, retracted_at, organisation_id, id);
