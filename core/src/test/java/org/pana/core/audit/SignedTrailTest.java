package org.pana.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The chain against everything signed about it: the head kept outside the database, a head exported
 * earlier, the verifying key, and what the verdict says it could not check.
 */
class SignedTrailTest {

  private static final Instant T0 = Instant.parse("2026-01-10T09:00:00Z");

  @Test
  void aTrailWithItsHeadVerifiesAndSaysWhatItCouldNotCheck() {
    List<AuditEntry> entries = chain(5);

    ChainCheck check = verify(entries, List.of(row(entries.get(2))), head(entries.get(4)));

    assertThat(check.intact()).as(check.describe()).isTrue();
    assertThat(check.signedThrough()).isEqualTo(5);
    assertThat(check.report())
        .contains("checked: the hash chain of 5 entries")
        .anyMatch(line -> line.startsWith("checked: the signed head (audit-head.json) at entry 5"))
        .anyMatch(line -> line.startsWith("not checked: whether the verifying key"))
        .anyMatch(line -> line.startsWith("not checked: whether the whole data directory"));
  }

  @Test
  void theVerdictIsCodesWithTheirArgumentsThatAPageCanWordBesideTheirEnglish() {
    List<AuditEntry> entries = chain(5);

    ChainCheck intact = verify(entries, List.of(row(entries.get(2))), head(entries.get(4)));
    ChainCheck cut =
        verify(entries.subList(0, 3), List.of(row(entries.get(2))), head(entries.get(4)));

    assertThat(intact.verdict().code()).isEqualTo("intact");
    assertThat(intact.verdict().args()).containsExactly(5L, 1L);
    assertThat(intact.checks())
        .extracting(AuditNote::code)
        .containsExactly("chain", "checkpoints_key", "head");
    assertThat(intact.checks().get(2).args()).containsExactly("audit-head.json", 5L);
    assertThat(intact.gaps())
        .extracting(AuditNote::code)
        .containsExactly("key_unpinned", "rollback");
    assertThat(cut.verdict().code()).isEqualTo("broken");
    assertThat(cut.verdict().args()).containsExactly(4L);
    assertThat(cut.issue().code()).isEqualTo("signed_missing");
    assertThat(cut.issue().args()).containsExactly(5L);
    assertThat(cut.describe())
        .isEqualTo("audit chain broken at entry 4: entries up to 5 were signed but are missing");
  }

  @Test
  void aCutOffEndIsCaughtByTheHeadEvenWithoutItsCheckpoints() {
    List<AuditEntry> entries = chain(8);

    ChainCheck check =
        verify(entries.subList(0, 5), List.of(row(entries.get(2))), head(entries.get(7)));

    assertThat(check.intact()).isFalse();
    assertThat(check.problem()).isEqualTo("entries up to 8 were signed but are missing");
  }

  @Test
  void aMissingHeadIsCaughtOnceTheTrailKeepsOne() {
    List<AuditEntry> entries = chain(5);

    assertThat(verify(entries, List.of(row(entries.get(4))), null).problem())
        .contains("signed head (audit-head.json) is missing");
    assertThat(verify(entries, List.of(), null).problem()).startsWith("no signed checkpoint");
    assertThat(verify(List.of(), List.of(), null).problem()).startsWith("the audit trail is empty");
  }

  @Test
  void theCheckpointsOfAnOlderPanaPassWithoutAHeadAndSaySo() {
    List<AuditEntry> entries = chain(5);

    ChainCheck check = verify(entries, List.of(legacyRow(entries.get(4))), null);

    assertThat(check.intact()).as(check.describe()).isTrue();
    assertThat(check.notChecked()).anyMatch(line -> line.contains("no signed head yet"));
  }

  @Test
  void aHeadMadeFromACheckpointRowFails() {
    List<AuditEntry> entries = chain(5);
    AuditCheckpoint checkpoint = row(entries.get(4));

    ChainCheck check =
        verify(
            entries,
            List.of(checkpoint),
            new AuditHead(
                checkpoint.sequence(),
                checkpoint.hash(),
                checkpoint.signedAt(),
                checkpoint.signature()));

    assertThat(check.problem()).contains("bad signature");
  }

  @Test
  void aReplacedKeyFailsBeforeAnythingItVerifies() {
    List<AuditEntry> entries = chain(3);

    ChainCheck check =
        AuditChain.verify(
            entries,
            List.of(row(entries.get(2))),
            new Signatures(CheckpointSignatures.KeyPin.REPLACED),
            kept(head(entries.get(2))),
            Optional.empty());

    assertThat(check.intact()).isFalse();
    assertThat(check.firstBroken()).isNull();
    assertThat(check.describe()).startsWith("audit trail not intact: the verifying key");
  }

  @Test
  void withoutAVaultSignedMaterialIsSuspectAndAnUnsignedTrailSaysSo() {
    List<AuditEntry> entries = chain(3);
    CheckpointSignatures none = CheckpointSignatures.none();

    assertThat(
            AuditChain.verify(
                    entries, List.of(row(entries.get(2))), none, kept(null), Optional.empty())
                .problem())
        .contains("vault file whose key checks the signatures is missing");
    ChainCheck unsigned = AuditChain.verify(entries, List.of(), none, kept(null), Optional.empty());
    assertThat(unsigned.intact()).isTrue();
    assertThat(unsigned.notChecked()).anyMatch(line -> line.startsWith("signatures: there is no"));
  }

  @Test
  void anExportedHeadFindsARollbackARewriteAndAnotherKey() {
    List<AuditEntry> entries = chain(8);
    AuditEntry exported = entries.get(7);
    String token = ExportedHead.format(exported.sequence(), exported.hash(), Signatures.KEY);

    assertThat(verifyAgainst(entries, token).intact()).isTrue();
    assertThat(verifyAgainst(entries.subList(0, 5), token).problem())
        .startsWith("the exported head names entry 8, but the trail ends at entry 5");
    List<AuditEntry> rewritten = chain(8, "someone-else");
    assertThat(verifyAgainst(rewritten, token).problem())
        .contains("differs from the exported head");
    assertThat(verifyAgainst(entries, exported.hash().substring(0, 20)).intact()).isTrue();
    assertThat(verifyAgainst(entries, "8:" + exported.hash() + ":" + "ab".repeat(8)).problem())
        .contains("is not the one in the exported head");
  }

  @Test
  void anExportedHeadIsReadStrictly() {
    assertThat(ExportedHead.parse(" 12:ABCDEF0123456789:0011223344556677 "))
        .isEqualTo(
            new ExportedHead(
                Optional.of(12L), "abcdef0123456789", Optional.of("0011223344556677")));
    for (String bad :
        List.of("12:nothex", "x:abcdef0123456789", "0:abcdef0123456789", "abc", "1:2:3:4")) {
      assertThatThrownBy(() -> ExportedHead.parse(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("--head");
    }
  }

  private static ChainCheck verifyAgainst(List<AuditEntry> entries, String exported) {
    AuditEntry last = entries.getLast();
    return AuditChain.verify(
        entries,
        List.of(row(last)),
        new Signatures(CheckpointSignatures.KeyPin.NOT_CHECKED),
        kept(head(last)),
        Optional.of(ExportedHead.parse(exported)));
  }

  private static ChainCheck verify(
      List<AuditEntry> entries, List<AuditCheckpoint> checkpoints, AuditHead head) {
    return AuditChain.verify(
        entries,
        checkpoints,
        new Signatures(CheckpointSignatures.KeyPin.NOT_CHECKED),
        kept(head),
        Optional.empty());
  }

  private static HeadCopy kept(AuditHead head) {
    return new HeadCopy() {
      @Override
      public Optional<AuditHead> read() {
        return Optional.ofNullable(head);
      }

      @Override
      public void write(AuditHead newHead, boolean fresh) {}

      @Override
      public boolean kept() {
        return true;
      }

      @Override
      public String where() {
        return "audit-head.json";
      }
    };
  }

  private static AuditCheckpoint row(AuditEntry entry) {
    Instant at = entry.recordedAt().plusSeconds(1);
    return new AuditCheckpoint(
        entry.sequence(),
        entry.hash(),
        at,
        sign(AuditCheckpoint.signedBytes(entry.sequence(), entry.hash(), at)));
  }

  private static AuditCheckpoint legacyRow(AuditEntry entry) {
    AuditCheckpoint current = row(entry);
    return new AuditCheckpoint(
        current.sequence(), current.hash(), current.signedAt(), sign(current.legacySignedBytes()));
  }

  private static AuditHead head(AuditEntry entry) {
    Instant at = entry.recordedAt().plusSeconds(2);
    return new AuditHead(
        entry.sequence(),
        entry.hash(),
        at,
        sign(AuditHead.signedBytes(entry.sequence(), entry.hash(), at)));
  }

  private static String sign(byte[] data) {
    return Base64.getEncoder().encodeToString(Signatures.digest(data));
  }

  private static List<AuditEntry> chain(int length) {
    return chain(length, "clerk");
  }

  private static List<AuditEntry> chain(int length, String actor) {
    List<AuditEntry> entries = new ArrayList<>();
    AuditEntry previous = null;
    for (int i = 0; i < length; i++) {
      previous =
          AuditChain.next(
              previous, T0.plusSeconds(i), actor, AuditAction.RECORD_WRITTEN, "id-" + i);
      entries.add(previous);
    }
    return entries;
  }

  /** A stand-in for the vault's Ed25519: SHA-256 over a secret and the data. */
  private record Signatures(KeyPin pin) implements CheckpointSignatures {

    static final String KEY = "0123456789abcdef".repeat(4);

    @Override
    public Optional<byte[]> sign(byte[] data) {
      return Optional.of(digest(data));
    }

    @Override
    public boolean verify(byte[] data, byte[] signature) {
      return MessageDigest.isEqual(digest(data), signature);
    }

    @Override
    public Optional<String> keyFingerprint() {
      return Optional.of(KEY);
    }

    @Override
    public KeyPin keyPin() {
      return pin;
    }

    static byte[] digest(byte[] data) {
      try {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update("test key".getBytes(StandardCharsets.UTF_8));
        return sha.digest(data);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
