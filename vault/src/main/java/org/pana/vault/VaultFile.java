package org.pana.vault;

import java.util.List;

/**
 * The vault file as stored: a format tag, the public half of the audit signing key, and one wrapped
 * copy of the keys per account or API token. Nothing secret in it is readable without one of the
 * accounts' passphrases or one of the tokens.
 *
 * @param format {@code pana-vault/1}
 * @param auditVerifyKey the Ed25519 public key that checks audit checkpoints (Base64 of a Tink
 *     keyset without secrets); public by design, so that {@code audit verify} needs no passphrase
 * @param copies one per account or token
 */
record VaultFile(String format, String auditVerifyKey, List<Copy> copies) {

  static final String FORMAT = "pana-vault/1";

  VaultFile {
    copies = List.copyOf(copies);
  }

  VaultFile withCopies(List<Copy> newCopies) {
    return new VaultFile(format, auditVerifyKey, newCopies);
  }

  /**
   * One copy of the keys, each keyset encrypted under the copy's wrapping key (Base64).
   *
   * @param holder who holds it: an account id or a token id, as the caller names it
   * @param kdf how the wrapping key is derived from the holder's passphrase or secret
   * @param fieldKeys field encryption (AES-256-GCM)
   * @param blindKeys blind index (HMAC-SHA256)
   * @param fileKeys files, evidence and backups (streaming AES-256-GCM-HKDF, 1 MiB segments)
   * @param signingKeys audit checkpoints (Ed25519)
   */
  record Copy(
      String holder,
      Kdf kdf,
      String fieldKeys,
      String blindKeys,
      String fileKeys,
      String signingKeys) {}

  /**
   * How a wrapping key is derived, as stored. Argon2id for passphrases; HKDF-SHA256 for API tokens,
   * which carry 256 random bits and need no slow derivation.
   *
   * @param algorithm {@code argon2id} or {@code hkdf-sha256}
   * @param memoryKiB memory cost (Argon2id), 0 otherwise
   * @param iterations time cost (Argon2id), 0 otherwise
   * @param parallelism lanes (Argon2id), 0 otherwise
   * @param salt Base64 of 16 random bytes
   */
  record Kdf(String algorithm, int memoryKiB, int iterations, int parallelism, String salt) {

    static final String ARGON2ID = "argon2id";
    static final String HKDF = "hkdf-sha256";
  }
}
