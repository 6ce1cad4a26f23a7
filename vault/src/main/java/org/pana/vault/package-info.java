/**
 * The vault, the only code that touches keys and ciphers: {@link org.pana.vault.Vault} keeps one
 * random set of keys wrapped once per account under an Argon2id-derived key; {@link
 * org.pana.vault.FieldCipher} encrypts single values with AES-256-GCM bound to their table, column
 * and row, and computes HMAC blind-index values.
 */
package org.pana.vault;
