package org.pana.vault;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.Mac;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * Encrypts single values for storage (AES-256-GCM; the table, column and row id are the associated
 * data, so a ciphertext moved to another row or column no longer decrypts) and computes blind-index
 * values (HMAC-SHA256 under a separate key) for exact-match lookups.
 */
public final class FieldCipher {

  private final Aead aead;
  private final Mac mac;

  FieldCipher(Aead aead, Mac mac) {
    this.aead = aead;
    this.mac = mac;
  }

  public byte[] encrypt(byte[] plaintext, String table, String column, String rowId) {
    try {
      return aead.encrypt(plaintext, associatedData(table, column, rowId));
    } catch (GeneralSecurityException e) {
      throw new VaultException.Damaged("Encryption failed.", e);
    }
  }

  /**
   * Decrypts a value stored for this table, column and row.
   *
   * @throws VaultException.Damaged when the value was altered, moved, or encrypted under another
   *     vault
   */
  public byte[] decrypt(byte[] ciphertext, String table, String column, String rowId) {
    try {
      return aead.decrypt(ciphertext, associatedData(table, column, rowId));
    } catch (GeneralSecurityException e) {
      throw new VaultException.Damaged(
          "A stored value of " + table + "." + column + " does not decrypt for its row.", e);
    }
  }

  /** The blind-index value of a term: equal terms give equal values, nothing else is revealed. */
  public String blind(String term) {
    try {
      return HexFormat.of().formatHex(mac.computeMac(term.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new VaultException.Damaged("Blind indexing failed.", e);
    }
  }

  /** Length-prefixed, so that no two (table, column, row) triples give the same bytes. */
  private static byte[] associatedData(String table, String column, String rowId) {
    StringBuilder data = new StringBuilder("pana-field/1");
    for (String part : new String[] {table, column, rowId}) {
      data.append('|').append(part.length()).append(':').append(part);
    }
    return data.toString().getBytes(StandardCharsets.UTF_8);
  }
}
