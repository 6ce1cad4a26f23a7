/**
 * Backups: one encrypted, integrity-checked file holding every table and the vault file, and the
 * careful reader that restores it into an empty database or refuses it with a clear reason.
 */
package org.pana.store.backup;
