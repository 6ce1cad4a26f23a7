package org.pana.core.audit;

import java.util.Optional;

/** Signs and checks audit checkpoints; the vault holds the key. */
public interface CheckpointSignatures {

  /** The signature of {@code data}, or empty while the signing key is locked away. */
  Optional<byte[]> sign(byte[] data);

  /** Whether {@code signature} is this installation's signature of {@code data}. */
  boolean verify(byte[] data, byte[] signature);

  /** Whether there is a key at all (a vault); without one nothing can have been signed. */
  default boolean hasKey() {
    return true;
  }

  /** A short fingerprint of the verifying key (hex), for people to compare and write down. */
  default Optional<String> keyFingerprint() {
    return Optional.empty();
  }

  /** Whether the verifying key was compared with the vault's own signing key, and how it fared. */
  default KeyPin keyPin() {
    return KeyPin.NOT_CHECKED;
  }

  /**
   * The verifying key beside the data against the signing key inside the vault's key copies: only a
   * passphrase (or token) opens those, so only an unlocked vault can tell.
   */
  enum KeyPin {
    /** The verifying key is the public half of the vault's own signing key. */
    SAME,
    /** The verifying key is another one: whatever it "verifies" proves nothing. */
    REPLACED,
    /** The vault is locked: the comparison was not made. */
    NOT_CHECKED
  }

  /** No signing at all (tests of the bare chain, and data directories without a vault). */
  static CheckpointSignatures none() {
    return new CheckpointSignatures() {
      @Override
      public Optional<byte[]> sign(byte[] data) {
        return Optional.empty();
      }

      @Override
      public boolean verify(byte[] data, byte[] signature) {
        return false;
      }

      @Override
      public boolean hasKey() {
        return false;
      }
    };
  }
}
