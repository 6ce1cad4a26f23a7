package org.pana.app.vault;

import org.pana.core.audit.AuditLog;
import org.pana.core.problem.Conflict;
import org.pana.core.record.RecordStore;
import org.pana.store.jdbc.VaultProtection;
import org.pana.vault.Vault;
import org.pana.vault.VaultException;
import org.springframework.stereotype.Component;

/**
 * The wrapped copies of the vault's keys: one per account, opened by its passphrase, and one per
 * API token, opened by its secret. Opening a copy is how a passphrase or a token is checked (there
 * is no separate password hash), and it is the way into the vault for logins and scripts; a
 * backup's restore is the only other. Copies are named by ids only, never by login names.
 */
@Component
public class KeyCopies {

  private final VaultKeeper keeper;
  private final RecordStore records;
  private final AuditLog audit;

  public KeyCopies(VaultKeeper keeper, RecordStore records, AuditLog audit) {
    this.keeper = keeper;
    this.records = records;
    this.audit = audit;
  }

  /** What an account's key copy is called in the vault file (ids only, no names). */
  static String holder(String accountId) {
    return "account:" + accountId;
  }

  private static String tokenHolder(String tokenId) {
    return "token:" + tokenId;
  }

  /**
   * Creates the vault with the first account's copy and keeps its keys open. A vault file left over
   * from a first run that crashed before its account was stored is replaced.
   *
   * @throws Conflict when the data directory has encrypted records but no accounts
   */
  public void createFor(String accountId, char[] passphrase) {
    Vault vault = keeper.vault();
    if (vault.exists()) {
      if (!records.isEmpty()) {
        throw new Conflict(
            "records_without_accounts",
            "This data directory has encrypted records but no accounts; restore a backup instead.");
      }
      vault.erase(); // a vault left over from a setup that crashed before its account was stored
    }
    Vault.Unlocked keys = vault.create(holder(accountId), passphrase);
    audit.beginSignedHead(); // a new vault: no head kept so far belongs to it
    keeper.keep(keys);
  }

  /** Undoes {@link #createFor} when the first account could not be stored. */
  public void undoCreate() {
    keeper.lock();
    keeper.vault().erase();
  }

  /** Adds a copy for a new account; the vault must be open. */
  public void addAccount(String accountId, char[] passphrase) {
    keeper.keys().addHolder(holder(accountId), passphrase);
  }

  /** Destroys an account's copy (a disabled account, or one that could not be stored). */
  public void removeAccount(String accountId) {
    keeper.keys().removeHolder(holder(accountId));
  }

  /** Adds a copy for a new API token, opened by {@code secret}; the vault must be open. */
  public void addToken(String tokenId, byte[] secret) {
    keeper.keys().addSecretHolder(tokenHolder(tokenId), secret);
  }

  /** Destroys a token's copy. */
  public void removeToken(String tokenId) {
    keeper.keys().removeHolder(tokenHolder(tokenId));
  }

  /**
   * Opens an account's copy with its passphrase, without keeping the keys yet: the login may still
   * need its second step.
   *
   * @throws VaultException.WrongPassphrase when the passphrase does not open it
   * @throws VaultException.UnknownAccount when the vault has no copy for the account
   * @throws VaultException.NoVault when the vault was erased
   */
  public Opened open(String accountId, char[] passphrase) {
    return new Opened(keeper.vault().unlock(holder(accountId), passphrase));
  }

  /**
   * Spends the time opening a copy takes, for a login name that has no account, so that the answer
   * takes as long as a wrong passphrase's.
   */
  public void decoy(char[] passphrase) {
    keeper.vault().decoyUnlock(passphrase);
  }

  /**
   * Opens a token's copy with its secret and keeps the keys.
   *
   * @throws VaultException when the secret does not open it
   */
  public void openWithToken(String tokenId, byte[] secret) {
    keeper.keep(keeper.vault().unlockWithSecret(tokenHolder(tokenId), secret));
  }

  /**
   * Rewraps an account's own copy under a new passphrase, once the current one opened it.
   *
   * @throws VaultException.WrongPassphrase when {@code current} does not open it
   */
  public void changePassphrase(String accountId, char[] current, char[] next) {
    Vault.Unlocked keys = keeper.vault().unlock(holder(accountId), current);
    keys.changePassphrase(holder(accountId), next);
  }

  /** An account's copy opened by its passphrase, whose keys are kept once the login is complete. */
  public final class Opened {

    private final Vault.Unlocked keys;

    private Opened(Vault.Unlocked keys) {
      this.keys = keys;
    }

    /** Opens a value sealed with these keys (the account's second-step secret). */
    public String open(String table, String column, String rowId, String sealed) {
      return new VaultProtection(keys.cipher()).open(table, column, rowId, sealed);
    }

    /** Keeps the keys: the vault is open. */
    public void keep() {
      keeper.keep(keys);
    }
  }
}
