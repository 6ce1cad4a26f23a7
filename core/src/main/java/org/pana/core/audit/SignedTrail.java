package org.pana.core.audit;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the audit chain against everything signed about it: the checkpoints in the database, the
 * signed head kept outside it, a head exported earlier, and the verifying key itself. Each of these
 * catches what the others cannot: the chain alone misses a cut-off end and a recomputed rewrite;
 * checkpoints miss their own deletion; the head file misses a rollback of the whole data directory;
 * only an exported head or a passphrase catch a replaced key. The verdict says which checks were
 * made and which were not.
 */
final class SignedTrail {

  private SignedTrail() {}

  static ChainCheck verify(
      Iterable<AuditEntry> entries,
      Iterable<AuditCheckpoint> checkpoints,
      CheckpointSignatures signatures,
      HeadCopy headCopy,
      Optional<ExportedHead> exported) {
    List<AuditNote> checked = new ArrayList<>();
    List<AuditNote> notChecked = new ArrayList<>();
    Optional<AuditHead> head = headCopy.read();
    List<AuditCheckpoint> rows = new ArrayList<>();
    checkpoints.forEach(rows::add);

    // The key first: whatever a replaced key "verifies" proves nothing.
    if (!signatures.hasKey()) {
      if (!rows.isEmpty() || head.isPresent()) {
        return ChainCheck.notIntact(
            0,
            AuditNote.of(
                "key_missing",
                "the trail was signed, but the vault file whose key checks the signatures is"
                    + " missing"));
      }
      notChecked.add(
          AuditNote.of("no_vault", "signatures: there is no vault yet, so nothing was signed"));
    } else {
      switch (signatures.keyPin()) {
        case REPLACED -> {
          return ChainCheck.notIntact(
              0,
              AuditNote.of(
                  "key_replaced",
                  "the verifying key in the vault file is not the vault's own signing key: it was"
                      + " replaced, so the signatures it checks prove nothing"));
        }
        case SAME ->
            checked.add(AuditNote.of("key_own", "the verifying key is the vault's own key"));
        case NOT_CHECKED ->
            notChecked.add(
                AuditNote.of(
                    "key_unpinned",
                    "whether the verifying key is the vault's own (whoever replaces it can re-sign"
                        + " everything): give a passphrase with audit verify --user NAME, or a head"
                        + " exported earlier with audit verify --head SEQ:HASH:KEY"));
      }
    }
    String fingerprint = signatures.keyFingerprint().orElse(null);
    if (exported.flatMap(ExportedHead::key).isPresent()) {
      String key = exported.get().key().get();
      if (fingerprint == null) {
        return ChainCheck.notIntact(
            0,
            AuditNote.of(
                "exported_key_missing",
                "the verifying key is missing is not the one in the exported head ("
                    + key
                    + "): it was replaced",
                key));
      }
      if (!fingerprint.startsWith(key)) {
        String shown = fingerprint.substring(0, Math.min(key.length(), fingerprint.length()));
        return ChainCheck.notIntact(
            0,
            AuditNote.of(
                "exported_key_other",
                "the verifying key "
                    + shown
                    + " is not the one in the exported head ("
                    + key
                    + "): it was replaced",
                shown,
                key));
      }
      checked.add(
          AuditNote.of("key_exported", "the verifying key is the one in the exported head"));
    }

    Map<Long, String> signed = new HashMap<>();
    long current = 0;
    long legacy = 0;
    for (AuditCheckpoint row : rows) {
      byte[] signature = decode(row.signature());
      if (signatures.verify(row.signedBytes(), signature)) {
        current++;
      } else if (signatures.verify(row.legacySignedBytes(), signature)) {
        legacy++;
      } else {
        return ChainCheck.broken(
            0,
            row.sequence(),
            AuditNote.of(
                "checkpoint_signature",
                "the signed checkpoint for this entry has a bad signature"));
      }
      signed.put(row.sequence(), row.hash());
    }
    if (head.isPresent()
        && !signatures.verify(head.get().signedBytes(), decode(head.get().signature()))) {
      return ChainCheck.notIntact(
          0,
          AuditNote.of(
              "head_signature",
              "the signed head (" + headCopy.where() + ") has a bad signature: it was altered",
              headCopy.where()));
    }
    boolean headMissing = headCopy.kept() && signatures.hasKey() && head.isEmpty();
    boolean olderPana = headMissing && current == 0 && legacy > 0;
    if (headMissing && !olderPana && !rows.isEmpty()) {
      return ChainCheck.notIntact(
              0,
              AuditNote.of(
                  "head_missing",
                  "the signed head ("
                      + headCopy.where()
                      + ") is missing: it was deleted, though the checkpoints say this trail keeps"
                      + " one",
                  headCopy.where()))
          .withCheckpoints(rows.size());
    }

    Walk walk = new Walk(signed, head, exported);
    ChainCheck chain = AuditChain.verify(() -> walk.over(entries.iterator()));
    if (!chain.intact()) {
      return chain.withCheckpoints(rows.size());
    }
    if (walk.mismatch != null) {
      return ChainCheck.broken(walk.last - 1, walk.last, walk.mismatch)
          .withCheckpoints(rows.size());
    }
    long verified = chain.verified();
    long highest = signed.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
    highest = Math.max(highest, head.map(AuditHead::sequence).orElse(0L));
    if (highest > verified) {
      return ChainCheck.broken(
              verified,
              verified + 1,
              AuditNote.of(
                  "signed_missing",
                  "entries up to " + highest + " were signed but are missing",
                  highest))
          .withCheckpoints(rows.size());
    }
    if (headMissing && !olderPana) {
      return ChainCheck.notIntact(
          verified,
          verified == 0
              ? AuditNote.of(
                  "entries_deleted",
                  "the audit trail is empty although the vault exists: its entries were deleted")
              : AuditNote.of(
                  "checkpoints_deleted",
                  "no signed checkpoint although the vault exists: the checkpoints and the signed"
                      + " head were deleted"));
    }
    if (exported.isPresent() && !walk.exportedFound) {
      ExportedHead wanted = exported.get();
      return ChainCheck.notIntact(
              verified,
              wanted.sequence().isPresent() && wanted.sequence().get() > verified
                  ? AuditNote.of(
                      "exported_beyond",
                      "the exported head names entry "
                          + wanted.sequence().get()
                          + ", but the trail ends at entry "
                          + verified
                          + ": entries were deleted, or the data directory was put back to an"
                          + " earlier copy",
                      wanted.sequence().get(),
                      verified)
                  : AuditNote.of(
                      "exported_not_found",
                      "no entry has the exported head's hash ("
                          + wanted.describe()
                          + "): the trail was rewritten, or put back to an earlier copy",
                      wanted.describe()))
          .withCheckpoints(rows.size());
    }

    List<AuditNote> done = new ArrayList<>();
    done.add(AuditNote.of("chain", "the hash chain of " + verified + " entries", verified));
    if (!rows.isEmpty()) {
      long count = rows.size();
      if (fingerprint == null) {
        done.add(AuditNote.of("checkpoints", count + " signed checkpoints", count));
      } else {
        String key = fingerprint.substring(0, Math.min(ExportedHead.DIGITS, fingerprint.length()));
        done.add(
            AuditNote.of(
                "checkpoints_key",
                count + " signed checkpoints (verifying key " + key + ")",
                count,
                key));
      }
    }
    head.ifPresent(
        h ->
            done.add(
                AuditNote.of(
                    "head",
                    "the signed head ("
                        + headCopy.where()
                        + ") at entry "
                        + h.sequence()
                        + ", kept where the database cannot rewrite it",
                    headCopy.where(),
                    h.sequence())));
    exported.ifPresent(
        e ->
            done.add(
                AuditNote.of("exported_head", "the exported head " + e.describe(), e.describe())));
    done.addAll(checked);
    if (olderPana) {
      notChecked.add(
          AuditNote.of(
              "no_head_yet",
              "the end of the trail: there is no signed head yet (the data directory was last used"
                  + " by an older Pana); the next login writes one"));
    }
    if (signatures.hasKey() && verified > highest) {
      notChecked.add(
          AuditNote.of(
              "unsigned_tail",
              "entries "
                  + (highest + 1)
                  + " to "
                  + verified
                  + ", not signed yet (written while the vault was locked, such as failed logins,"
                  + " or by a server still running): their removal cannot be detected",
              highest + 1,
              verified));
    }
    if (exported.isEmpty() && headCopy.kept()) {
      notChecked.add(
          AuditNote.of(
              "rollback",
              "whether the whole data directory was put back to an earlier copy: check against a"
                  + " head exported earlier (audit head) with audit verify --head SEQ:HASH:KEY"));
    }
    return chain.withCheckpoints(rows.size()).withNotes(highest, done, notChecked);
  }

  private static byte[] decode(String base64) {
    try {
      return Base64.getDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      return new byte[0];
    }
  }

  /**
   * Passes the entries through to the chain check, comparing each with what was signed about it and
   * with the exported head on the way, so that a long trail is read once and never held.
   */
  private static final class Walk {
    private final Map<Long, String> signed;
    private final Optional<AuditHead> head;
    private final Optional<ExportedHead> exported;
    private long last;
    private long lastGood;
    private AuditNote mismatch;
    private boolean exportedFound;

    Walk(Map<Long, String> signed, Optional<AuditHead> head, Optional<ExportedHead> exported) {
      this.signed = signed;
      this.head = head;
      this.exported = exported;
    }

    Iterator<AuditEntry> over(Iterator<AuditEntry> inner) {
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return mismatch == null && inner.hasNext();
        }

        @Override
        public AuditEntry next() {
          AuditEntry entry = inner.next();
          look(entry);
          last = entry.sequence();
          return entry;
        }
      };
    }

    private void look(AuditEntry entry) {
      String hash = signed.get(entry.sequence());
      boolean headHere = head.map(h -> h.sequence() == entry.sequence()).orElse(false);
      if ((hash != null && !hash.equals(entry.hash()))
          || (headHere && !head.get().hash().equals(entry.hash()))) {
        mismatch = rewritten(hash != null && !hash.equals(entry.hash()), lastGood);
        return;
      }
      if (hash != null || headHere) {
        lastGood = entry.sequence();
      }
      if (exported.isPresent() && exported.get().matches(entry)) {
        exportedFound = true;
      } else if (exported.flatMap(ExportedHead::sequence).orElse(-1L) == entry.sequence()) {
        mismatch =
            AuditNote.of(
                "rewritten_exported",
                "entry differs from the exported head "
                    + exported.get().describe()
                    + ": the trail was rewritten",
                exported.get().describe());
      }
    }

    /**
     * An entry that differs from what its signed checkpoint (or else the signed head) says, after
     * the last one that agreed ({@code lastGood}, 0 for none).
     */
    private static AuditNote rewritten(boolean checkpoint, long lastGood) {
      String text =
          "entry differs from its signed "
              + (checkpoint ? "checkpoint" : "head")
              + ": the log was rewritten after";
      if (lastGood == 0) {
        return checkpoint
            ? AuditNote.of("rewritten_checkpoint_start", text + " its start")
            : AuditNote.of("rewritten_head_start", text + " its start");
      }
      String after = text + " the checkpoint at entry " + lastGood;
      return checkpoint
          ? AuditNote.of("rewritten_checkpoint", after, lastGood)
          : AuditNote.of("rewritten_head", after, lastGood);
    }
  }
}
