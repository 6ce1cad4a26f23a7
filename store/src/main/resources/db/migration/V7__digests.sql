-- Optional daily e-mail digest of what is due: the account's e-mail address, sealed by the vault
-- like every identifying value, and whether the digest is on.

ALTER TABLE account ADD COLUMN digest_email TEXT;
ALTER TABLE account ADD COLUMN digest_on INTEGER NOT NULL DEFAULT 0;
