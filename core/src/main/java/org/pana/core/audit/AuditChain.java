package org.pana.core.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The hash chain that makes the audit log tamper-evident: each entry's SHA-256 covers its own
 * fields and the previous entry's hash, so editing, deleting or reordering any entry breaks every
 * hash after it.
 */
public final class AuditChain {

  /** The previous hash of the first entry. */
  public static final String GENESIS = "0".repeat(64);

  private AuditChain() {}

  /** The entry that follows {@code previous} (null for the first). */
  public static AuditEntry next(
      AuditEntry previous, Instant at, String actor, AuditAction action, String subjectId) {
    long sequence = previous == null ? 1 : previous.sequence() + 1;
    String previousHash = previous == null ? GENESIS : previous.hash();
    return new AuditEntry(
        sequence,
        at,
        actor,
        action,
        subjectId,
        previousHash,
        hash(sequence, at, actor, action, subjectId, previousHash));
  }

  /**
   * Checks entries given in sequence order, from the first.
   *
   * @return the verdict, naming the first entry that does not fit
   */
  public static ChainCheck verify(Iterable<AuditEntry> entries) {
    long expected = 1;
    String previousHash = GENESIS;
    for (AuditEntry entry : entries) {
      if (entry.sequence() != expected) {
        return ChainCheck.broken(
            expected - 1,
            entry.sequence(),
            AuditNote.of(
                "entry_missing",
                "entry " + expected + " is missing (found " + entry.sequence() + " next)",
                expected,
                entry.sequence()));
      }
      if (!entry.previousHash().equals(previousHash)) {
        return ChainCheck.broken(
            expected - 1,
            entry.sequence(),
            AuditNote.of("entry_unlinked", "entry does not follow the one before it"));
      }
      String recomputed =
          hash(
              entry.sequence(),
              entry.recordedAt(),
              entry.actor(),
              entry.action(),
              entry.subjectId(),
              entry.previousHash());
      if (!recomputed.equals(entry.hash())) {
        return ChainCheck.broken(
            expected - 1,
            entry.sequence(),
            AuditNote.of("entry_changed", "entry was changed after it was written"));
      }
      previousHash = entry.hash();
      expected++;
    }
    return ChainCheck.intact(expected - 1);
  }

  /**
   * Checks the chain, then every signed checkpoint against it: a checkpoint whose signature fails,
   * whose entry now has another hash, or whose entry no longer exists (the log was cut short)
   * breaks the chain at that entry. Checkpoints are given in sequence order. No signed head is
   * expected (see the other {@code verify}).
   */
  public static ChainCheck verify(
      Iterable<AuditEntry> entries,
      Iterable<AuditCheckpoint> checkpoints,
      CheckpointSignatures signatures) {
    return SignedTrail.verify(entries, checkpoints, signatures, HeadCopy.none(), Optional.empty());
  }

  /**
   * Checks the chain against everything signed about it: the checkpoints, the signed head kept
   * outside the database (required once the trail keeps one), a head exported earlier when given,
   * and whether the verifying key is the vault's own when the vault is open. The verdict also says
   * what could not be checked.
   */
  public static ChainCheck verify(
      Iterable<AuditEntry> entries,
      Iterable<AuditCheckpoint> checkpoints,
      CheckpointSignatures signatures,
      HeadCopy head,
      Optional<ExportedHead> exported) {
    return SignedTrail.verify(entries, checkpoints, signatures, head, exported);
  }

  static String hash(
      long sequence,
      Instant at,
      String actor,
      AuditAction action,
      String subjectId,
      String previousHash) {
    // Length-prefixed fields: no two different entries give the same text.
    StringBuilder text = new StringBuilder("pana-audit/1");
    for (String field :
        new String[] {
          Long.toString(sequence),
          Long.toString(at.toEpochMilli()),
          actor,
          action.name(),
          subjectId == null ? "" : subjectId,
          previousHash
        }) {
      text.append('|').append(field.length()).append(':').append(field);
    }
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
