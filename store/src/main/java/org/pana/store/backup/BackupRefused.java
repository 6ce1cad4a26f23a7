package org.pana.store.backup;

/** A backup file that is not one, is damaged, truncated or altered, or does not fit here. */
public final class BackupRefused extends RuntimeException {

  public BackupRefused(String message) {
    super(message);
  }

  public BackupRefused(String message, Throwable cause) {
    super(message, cause);
  }
}
