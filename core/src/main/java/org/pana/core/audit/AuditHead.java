package org.pana.core.audit;

import java.time.Instant;

/**
 * The signed head of the audit trail, kept outside the database (a file beside the vault): "the
 * trail reached entry {@code sequence} with hash {@code hash}". Someone who can edit the database
 * can delete the entries after a checkpoint together with the checkpoint, but not this copy; its
 * own tag means it cannot be made from a checkpoint row either.
 *
 * @param sequence the newest entry signed
 * @param hash that entry's hash
 * @param signedAt when
 * @param signature Ed25519 signature over {@link #signedBytes()}, Base64
 */
public record AuditHead(long sequence, String hash, Instant signedAt, String signature) {

  /** What a head file that cannot be read counts as: a head whose signature never verifies. */
  public static AuditHead unreadable() {
    return new AuditHead(0, "", Instant.EPOCH, "");
  }

  public byte[] signedBytes() {
    return signedBytes(sequence, hash, signedAt);
  }

  public static byte[] signedBytes(long sequence, String hash, Instant signedAt) {
    return AuditCheckpoint.text("pana-audit-head/1", sequence, hash, signedAt);
  }
}
