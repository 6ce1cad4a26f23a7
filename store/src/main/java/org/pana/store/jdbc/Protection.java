package org.pana.store.jdbc;

/**
 * The one seam through which every identifying value passes on its way to disk. The record store
 * seals record bodies and revision reasons, and blinds search terms, through it; nothing
 * identifying is written anywhere else. The vault supplies an implementation that encrypts
 * (AES-256-GCM with the table, column and row id as associated data) and blinds with a keyed HMAC;
 * until then {@link #none()} stores values as they are.
 */
public interface Protection {

  /** Turns a value into what is stored in {@code table.column} of row {@code rowId}. */
  String seal(String table, String column, String rowId, String plaintext);

  /** The inverse of {@link #seal} for the same table, column and row. */
  String open(String table, String column, String rowId, String stored);

  /** No protection: values are stored as they are (before the vault exists). */
  static Protection none() {
    return new Protection() {
      @Override
      public String seal(String table, String column, String rowId, String plaintext) {
        return plaintext;
      }

      @Override
      public String open(String table, String column, String rowId, String stored) {
        return stored;
      }
    };
  }
}
