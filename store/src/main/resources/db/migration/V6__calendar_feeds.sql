-- A personal calendar feed per account: the SHA-256 of its secret token (the token itself is
-- shown once and never stored), and whether event titles may carry case titles.

CREATE TABLE calendar_feed (
    account_id  VARCHAR(36) NOT NULL PRIMARY KEY REFERENCES account (id),
    token_hash  CHAR(64)    NOT NULL UNIQUE,
    with_names  INTEGER     NOT NULL DEFAULT 0,
    created_at  BIGINT      NOT NULL
);
