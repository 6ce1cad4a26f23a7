-- The optional second step of a login: a TOTP secret, sealed by the vault (so it is checked only
-- after the passphrase opened the keys), and the last time step used, so each code works once.

ALTER TABLE account ADD COLUMN totp_secret TEXT;
ALTER TABLE account ADD COLUMN totp_last_step BIGINT NOT NULL DEFAULT 0;
