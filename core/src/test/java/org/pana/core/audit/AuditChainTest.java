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
    assertThat(check.describe()).isEqualTo("audit chain intact: 5 entries");
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
