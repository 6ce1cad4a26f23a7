package org.pana.vault;

import java.util.List;

/**
 * The vault file as stored: a format tag and one wrapped copy of the keys per account. Nothing in
 * it is readable without one of the accounts' passphrases.
 *
 * @param format {@code pana-vault/1}
 * @param copies one per account
 */
record VaultFile(String format, List<Copy> copies) {

  static final String FORMAT = "pana-vault/1";

  VaultFile {
    copies = List.copyOf(copies);
  }

  /**
   * One account's copy of the keys.
   *
   * @param account the account name
   * @param kdf how the wrapping key is derived from the account's passphrase
   * @param fieldKeys the field-encryption keyset, encrypted under the wrapping key (Base64)
   * @param blindKeys the blind-index keyset, encrypted under the wrapping key (Base64)
   */
  record Copy(String account, Kdf kdf, String fieldKeys, String blindKeys) {}

  /**
   * Argon2id settings as stored.
   *
   * @param algorithm {@code argon2id}
   * @param memoryKiB memory cost
   * @param iterations time cost
   * @param parallelism lanes
   * @param salt Base64 of 16 random bytes
   */
  record Kdf(String algorithm, int memoryKiB, int iterations, int parallelism, String salt) {}
}
