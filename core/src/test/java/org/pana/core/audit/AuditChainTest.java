package org.pana.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Editing, deleting or reordering any entry of the chain is detected, and located. */
class AuditChainTest {

  private static final Instant T0 = Instant.parse("2026-01-10T09:00:00Z");

  @Test
  void anUntouchedChainVerifies() {
    ChainCheck check = AuditChain.verify(chain(5));

    assertThat(check.intact()).isTrue();
    assertThat(check.verified()).isEqualTo(5);
    assertThat(check.describe()).isEqualTo("audit chain intact: 5 entries, 0 signed checkpoints");
  }

  @Test
  void anEmptyChainVerifies() {
    assertThat(AuditChain.verify(List.of()).intact()).isTrue();
  }

  @Test
  void anEditedEntryIsFound() {
    List<AuditEntry> entries = chain(5);
    AuditEntry third = entries.get(2);
    entries.set(
        2,
        new AuditEntry(
            third.sequence(),
            third.recordedAt(),
            "someone-else",
            third.action(),
            third.subjectId(),
            third.previousHash(),
            third.hash()));

    ChainCheck check = AuditChain.verify(entries);

    assertThat(check.intact()).isFalse();
    assertThat(check.firstBroken()).isEqualTo(3);
    assertThat(check.verified()).isEqualTo(2);
  }

  @Test
  void aDeletedEntryIsFound() {
    List<AuditEntry> entries = chain(5);
    entries.remove(2);

    assertThat(AuditChain.verify(entries).firstBroken()).isEqualTo(4);
  }

  @Test
  void aDeletedLastEntryLeavesAShorterButValidChain() {
    // Truncating the tail cannot be seen from the chain alone; signed checkpoints cover it.
    List<AuditEntry> entries = chain(5);
    entries.remove(4);

    assertThat(AuditChain.verify(entries).intact()).isTrue();
  }

  @Test
  void reorderedEntriesAreFound() {
    List<AuditEntry> entries = chain(5);
    Collections.swap(entries, 1, 3);

    assertThat(AuditChain.verify(entries).firstBroken()).isEqualTo(4);
  }

  @Test
  void aRebuiltEntryWithAFreshHashStillBreaksTheNextOne() {
    List<AuditEntry> entries = chain(5);
    AuditEntry second = entries.get(1);
    AuditEntry forged =
        AuditChain.next(entries.get(0), second.recordedAt(), "forger", second.action(), null);
    entries.set(1, forged);

    ChainCheck check = AuditChain.verify(entries);

    assertThat(check.firstBroken()).isEqualTo(3);
    assertThat(check.problem()).contains("does not follow");
  }

  /** A stand-in signature for the core's tests: SHA-256 over a secret and the data. */
  private static final CheckpointSignatures TEST_SIGNATURES =
      new CheckpointSignatures() {
        @Override
        public java.util.Optional<byte[]> sign(byte[] data) {
          return java.util.Optional.of(digest(data));
        }

        @Override
        public boolean verify(byte[] data, byte[] signature) {
          return java.security.MessageDigest.isEqual(digest(data), signature);
        }

        private byte[] digest(byte[] data) {
          try {
            var sha = java.security.MessageDigest.getInstance("SHA-256");
            sha.update("test key".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return sha.digest(data);
          } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
          }
        }
      };

  private static AuditCheckpoint signed(AuditEntry entry) {
    Instant at = entry.recordedAt().plusSeconds(1);
    byte[] signature =
        TEST_SIGNATURES
            .sign(AuditCheckpoint.signedBytes(entry.sequence(), entry.hash(), at))
            .orElseThrow();
    return new AuditCheckpoint(
        entry.sequence(),
        entry.hash(),
        at,
        java.util.Base64.getEncoder().encodeToString(signature));
  }

  @Test
  void signedCheckpointsThatMatchVerify() {
    List<AuditEntry> entries = chain(5);

    ChainCheck check =
        AuditChain.verify(
            entries, List.of(signed(entries.get(2)), signed(entries.get(4))), TEST_SIGNATURES);

    assertThat(check.intact()).isTrue();
    assertThat(check.checkpoints()).isEqualTo(2);
  }

  @Test
  void aChainRecomputedAfterAnEditFailsAtTheSignedCheckpoint() {
    List<AuditEntry> original = chain(5);
    List<AuditCheckpoint> checkpoints = List.of(signed(original.get(0)), signed(original.get(3)));
    List<AuditEntry> rewritten = new ArrayList<>();
    AuditEntry previous = null;
    for (AuditEntry e : original) {
      previous =
          AuditChain.next(
              previous,
              e.recordedAt(),
              e.sequence() == 2 ? "someone-else" : e.actor(),
              e.action(),
              e.subjectId());
      rewritten.add(previous);
    }

    assertThat(AuditChain.verify(rewritten).intact()).isTrue();
    ChainCheck check = AuditChain.verify(rewritten, checkpoints, TEST_SIGNATURES);
    assertThat(check.intact()).isFalse();
    assertThat(check.firstBroken()).isEqualTo(4);
    assertThat(check.problem())
        .contains("signed checkpoint")
        .contains("after the checkpoint at entry 1");
  }

  @Test
  void aForgedSignatureOrACutOffEndIsCaught() {
    List<AuditEntry> entries = chain(5);
    AuditCheckpoint good = signed(entries.get(4));
    AuditCheckpoint forged =
        new AuditCheckpoint(
            good.sequence(), good.hash(), good.signedAt().plusSeconds(1), good.signature());

    assertThat(AuditChain.verify(entries, List.of(forged), TEST_SIGNATURES).problem())
        .contains("bad signature");
    ChainCheck cut = AuditChain.verify(entries.subList(0, 3), List.of(good), TEST_SIGNATURES);
    assertThat(cut.intact()).isFalse();
    assertThat(cut.firstBroken()).isEqualTo(4);
    assertThat(cut.problem()).isEqualTo("entries up to 5 were signed but are missing");
  }

  private static List<AuditEntry> chain(int length) {
    List<AuditEntry> entries = new ArrayList<>();
    AuditEntry previous = null;
    for (int i = 0; i < length; i++) {
      previous =
          AuditChain.next(
              previous, T0.plusSeconds(i), "clerk", AuditAction.RECORD_WRITTEN, "id-" + i);
      entries.add(previous);
    }
    return entries;
  }
}
