package org.pana.store.jdbc;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.pana.core.problem.IntegrityViolation;
import org.pana.vault.FieldCipher;

/**
 * Protection by the vault: values are stored as {@code v1:} and the Base64 of their AES-256-GCM
 * ciphertext bound to table, column and row; search terms as their keyed HMAC. The version tag lets
 * a later format (or a key rotation) coexist with this one.
 */
public final class VaultProtection implements Protection {

  private static final String SEALED = "v1:";

  private final FieldCipher cipher;

  public VaultProtection(FieldCipher cipher) {
    this.cipher = cipher;
  }

  @Override
  public String seal(String table, String column, String rowId, String plaintext) {
    byte[] sealed =
        cipher.encrypt(plaintext.getBytes(StandardCharsets.UTF_8), table, column, rowId);
    return SEALED + Base64.getEncoder().encodeToString(sealed);
  }

  @Override
  public String open(String table, String column, String rowId, String stored) {
    if (stored == null || !stored.startsWith(SEALED)) {
      throw new IntegrityViolation(
          "A value of " + table + "." + column + " is not sealed by the vault.");
    }
    byte[] sealed = Base64.getDecoder().decode(stored.substring(SEALED.length()));
    return new String(cipher.decrypt(sealed, table, column, rowId), StandardCharsets.UTF_8);
  }
}
