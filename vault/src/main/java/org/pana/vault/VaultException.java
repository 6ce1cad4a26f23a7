package org.pana.vault;

/**
 * Why the vault could not do what was asked. Messages are safe to show: they never contain a
 * passphrase, a key or a decrypted value.
 */
public sealed class VaultException extends RuntimeException
    permits VaultException.WrongPassphrase,
        VaultException.UnknownAccount,
        VaultException.NoVault,
        VaultException.Damaged {

  VaultException(String message) {
    super(message);
  }

  VaultException(String message, Throwable cause) {
    super(message, cause);
  }

  /** The passphrase does not open this account's copy of the keys (or the copy was altered). */
  public static final class WrongPassphrase extends VaultException {
    WrongPassphrase() {
      super("Wrong passphrase (or the vault file was altered).");
    }
  }

  /** The vault holds no copy of the keys for this account. */
  public static final class UnknownAccount extends VaultException {
    UnknownAccount(String account) {
      super("The vault has no key copy for account " + account + ".");
    }
  }

  /** There is no vault file (never created, or erased). */
  public static final class NoVault extends VaultException {
    NoVault(String where) {
      super("There is no vault at " + where + " (never created, or erased).");
    }
  }

  /** The vault file or an encrypted value cannot be read: altered, truncated or foreign. */
  public static final class Damaged extends VaultException {
    Damaged(String message) {
      super(message);
    }

    Damaged(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
