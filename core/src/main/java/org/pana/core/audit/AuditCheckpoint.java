package org.pana.core.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * A signed statement "the audit chain reached entry {@code sequence} with hash {@code hash}".
 * Whoever rewrites the log and recomputes every hash after an edit still cannot forge these without
 * the vault's signing key.
 *
 * <p>Pana signs {@code pana-audit-checkpoint/2}, which also says "this trail keeps a signed head
 * outside the database" (see {@link AuditHead}). Checkpoints of Pana versions before the head
 * ({@code pana-audit-checkpoint/1}) are still accepted, and re-signed at the next unlock.
 *
 * @param sequence the entry signed
 * @param hash that entry's hash at signing time
 * @param signedAt when
 * @param signature Ed25519 signature over {@link #signedBytes()}, Base64
 */
public record AuditCheckpoint(long sequence, String hash, Instant signedAt, String signature) {

  /** What is signed: a fixed tag, the sequence, the hash and the signing time. */
  public byte[] signedBytes() {
    return signedBytes(sequence, hash, signedAt);
  }

  /** What a Pana without the signed head signed for the same checkpoint. */
  public byte[] legacySignedBytes() {
    return text("pana-audit-checkpoint/1", sequence, hash, signedAt);
  }

  public static byte[] signedBytes(long sequence, String hash, Instant signedAt) {
    return text("pana-audit-checkpoint/2", sequence, hash, signedAt);
  }

  static byte[] text(String tag, long sequence, String hash, Instant signedAt) {
    return (tag + "|" + sequence + "|" + hash + "|" + signedAt.toEpochMilli())
        .getBytes(StandardCharsets.UTF_8);
  }
}
