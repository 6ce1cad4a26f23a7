-- The append-only audit log: who did what to which record, never what the record says.
-- Each entry carries the hash of the one before; see org.pana.core.audit.AuditChain.

CREATE TABLE audit_entry (
    sequence       BIGINT       NOT NULL PRIMARY KEY,
    recorded_at    BIGINT       NOT NULL,
    actor          VARCHAR(200) NOT NULL,
    action         VARCHAR(40)  NOT NULL,
    subject_id     VARCHAR(80),
    previous_hash  CHAR(64)     NOT NULL,
    hash           CHAR(64)     NOT NULL
);
