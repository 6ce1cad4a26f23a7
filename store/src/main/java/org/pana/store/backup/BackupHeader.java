package org.pana.store.backup;

import java.util.List;

/**
 * The clear part of a backup: what it is and whose key copies it carries. It holds no identifying
 * value: login names are stored in clear in the database as well, so that logins can find their key
 * copies; everything else is ids and numbers.
 *
 * @param format {@code pana-backup/1}
 * @param createdAt when (ISO-8601)
 * @param schema the database schema version the tables were written with
 * @param holders the accounts whose passphrase can open the backup
 */
public record BackupHeader(String format, String createdAt, int schema, List<Holder> holders) {

  public static final String FORMAT = "pana-backup/1";

  public BackupHeader {
    holders = holders == null ? List.of() : List.copyOf(holders);
  }

  /**
   * One account's key copy in the vault file.
   *
   * @param login its login name
   * @param holder the copy's name in the vault file
   * @param role its role
   */
  public record Holder(String login, String holder, String role) {}
}
