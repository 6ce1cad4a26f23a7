package org.pana.vault;

import com.google.crypto.tink.StreamingAead;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/**
 * Encrypts whole files as streams (Tink streaming AEAD, AES-256-GCM-HKDF with 1 MiB segments):
 * evidence uploads and backups. Each stream is bound to a purpose and name given as associated
 * data, so an encrypted file cannot pass for another. A truncated, reordered or altered stream
 * fails when read.
 */
public final class FileCipher {

  private final StreamingAead streaming;

  FileCipher(StreamingAead streaming) {
    this.streaming = streaming;
  }

  /** Writes ciphertext to {@code out}; closing the returned stream finishes the last segment. */
  public OutputStream encrypting(OutputStream out, String purpose, String name) throws IOException {
    try {
      return streaming.newEncryptingStream(out, associatedData(purpose, name));
    } catch (GeneralSecurityException e) {
      throw new VaultException.Damaged("File encryption could not start.", e);
    }
  }

  /**
   * Reads plaintext from ciphertext in {@code in}. Reading throws an {@link IOException} as soon as
   * a segment does not authenticate (altered, truncated, or for another purpose or name).
   */
  public InputStream decrypting(InputStream in, String purpose, String name) throws IOException {
    try {
      return streaming.newDecryptingStream(in, associatedData(purpose, name));
    } catch (GeneralSecurityException e) {
      throw new VaultException.Damaged("File decryption could not start.", e);
    }
  }

  private static byte[] associatedData(String purpose, String name) {
    return ("pana-file/1|" + purpose.length() + ":" + purpose + "|" + name.length() + ":" + name)
        .getBytes(StandardCharsets.UTF_8);
  }
}
