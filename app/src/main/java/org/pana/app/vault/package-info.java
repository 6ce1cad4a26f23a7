/**
 * The vault's life: the keeper that holds the keys while the vault is open ({@link
 * org.pana.app.vault.VaultKeeper}), the key copies that logins and API tokens open ({@link
 * org.pana.app.vault.KeyCopies}), the idle lock and "lock now", backup and restore, and the
 * crypto-erase; and the Spring wiring of everything that stores through the vault (the record
 * store, the audit log, the accounts, evidence files). Only this package puts keys into the keeper
 * or takes them out (an architecture rule checks this).
 */
package org.pana.app.vault;
