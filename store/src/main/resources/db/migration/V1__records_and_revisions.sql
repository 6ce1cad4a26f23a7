-- Pana keeps every record as a chain of immutable revisions (the source of truth) and a
-- current-state row derived from the latest revision. Bodies hold every identifying value;
-- everything outside the body is an id, a kind, a number or a timestamp, so that the vault can
-- encrypt bodies (and blind search terms) without touching the schema's shape.
-- Portable SQL: the same file runs on SQLite and PostgreSQL.

CREATE TABLE record (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    kind        VARCHAR(40)  NOT NULL,
    revision    INTEGER      NOT NULL,
    created_at  BIGINT       NOT NULL,
    updated_at  BIGINT       NOT NULL,
    body        TEXT         NOT NULL
);

CREATE INDEX record_kind_updated ON record (kind, updated_at);

CREATE TABLE revision (
    record_id       VARCHAR(36)  NOT NULL REFERENCES record (id),
    number          INTEGER      NOT NULL,
    kind            VARCHAR(40)  NOT NULL,
    recorded_at     BIGINT       NOT NULL,
    author          VARCHAR(200) NOT NULL,
    reason          TEXT,
    changed_fields  TEXT         NOT NULL,
    body            TEXT         NOT NULL,
    PRIMARY KEY (record_id, number)
);

-- "This event is about that person": lets the store answer timeline queries without bodies.
CREATE TABLE record_link (
    record_id  VARCHAR(36) NOT NULL REFERENCES record (id),
    other_id   VARCHAR(36) NOT NULL,
    PRIMARY KEY (record_id, other_id)
);

CREATE INDEX record_link_other ON record_link (other_id);

-- Exact-spelling name search tokens. The vault replaces these by keyed blind-index values; the
-- names engine adds cross-script keys in its own index.
CREATE TABLE search_term (
    record_id  VARCHAR(36)  NOT NULL REFERENCES record (id),
    term       VARCHAR(300) NOT NULL,
    PRIMARY KEY (record_id, term)
);

CREATE INDEX search_term_term ON search_term (term);
