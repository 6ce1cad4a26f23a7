-- Accounts, their organisations (compartments), failed-login counters, API tokens, and signed
-- audit checkpoints. Passphrases and token secrets are not stored here at all: each opens its own
-- wrapped copy of the vault keys, and that opening is the check. Login names are in clear so that
-- a login can find its key copy before anything is decrypted; token labels are sealed.

CREATE TABLE account (
    id             VARCHAR(36)  NOT NULL PRIMARY KEY,
    login          VARCHAR(64)  NOT NULL UNIQUE,
    role           VARCHAR(20)  NOT NULL,
    status         VARCHAR(20)  NOT NULL,
    created_at     BIGINT       NOT NULL,
    failed_logins  INTEGER      NOT NULL DEFAULT 0,
    last_failed_at BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE account_organisation (
    account_id       VARCHAR(36) NOT NULL REFERENCES account (id),
    organisation_id  VARCHAR(36) NOT NULL,
    PRIMARY KEY (account_id, organisation_id)
);

CREATE TABLE api_token (
    id          VARCHAR(36)  NOT NULL PRIMARY KEY,
    account_id  VARCHAR(36)  NOT NULL REFERENCES account (id),
    label       TEXT         NOT NULL,
    created_at  BIGINT       NOT NULL,
    revoked_at  BIGINT
);

CREATE INDEX api_token_account ON api_token (account_id);

CREATE TABLE audit_checkpoint (
    sequence   BIGINT       NOT NULL PRIMARY KEY,
    hash       CHAR(64)     NOT NULL,
    signed_at  BIGINT       NOT NULL,
    signature  VARCHAR(200) NOT NULL
);
