package org.pana.core.audit;

import java.util.Optional;

/** Signs and checks audit checkpoints; the vault holds the key. */
public interface CheckpointSignatures {

  /** The signature of {@code data}, or empty while the signing key is locked away. */
  Optional<byte[]> sign(byte[] data);

  /** Whether {@code signature} is this installation's signature of {@code data}. */
  boolean verify(byte[] data, byte[] signature);

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
    };
  }
}
