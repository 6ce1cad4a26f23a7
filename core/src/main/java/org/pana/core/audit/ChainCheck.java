package org.pana.core.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * The verdict on an audit trail. What it says is notes ({@link AuditNote}: a code, its arguments
 * and plain English), so that a page words it in its reader's language and the command line prints
 * the English.
 *
 * @param intact whether every entry and every signed statement about the trail verified
 * @param verified how many entries verified, from the first
 * @param firstBroken the sequence number of the first entry that does not fit, or null (also when
 *     what broke is not an entry, e.g. a replaced key)
 * @param issue what is wrong, or null
 * @param checkpoints how many signed checkpoints verified
 * @param signedThrough the newest entry a signature vouches for (a checkpoint or the signed head),
 *     0 when none does
 * @param checks what was checked, for people reading the verdict
 * @param gaps what could not be checked, and what would check it
 */
public record ChainCheck(
    boolean intact,
    long verified,
    Long firstBroken,
    AuditNote issue,
    long checkpoints,
    long signedThrough,
    List<AuditNote> checks,
    List<AuditNote> gaps) {

  public ChainCheck {
    checks = List.copyOf(checks);
    gaps = List.copyOf(gaps);
  }

  static ChainCheck intact(long verified) {
    return new ChainCheck(true, verified, null, null, 0, 0, List.of(), List.of());
  }

  static ChainCheck broken(long verified, long firstBroken, AuditNote issue) {
    return new ChainCheck(false, verified, firstBroken, issue, 0, 0, List.of(), List.of());
  }

  /** Broken, but not at an entry: the key, the head file, the trail as a whole. */
  static ChainCheck notIntact(long verified, AuditNote issue) {
    return new ChainCheck(false, verified, null, issue, 0, 0, List.of(), List.of());
  }

  ChainCheck withCheckpoints(long count) {
    return new ChainCheck(intact, verified, firstBroken, issue, count, signedThrough, checks, gaps);
  }

  ChainCheck withNotes(long signed, List<AuditNote> done, List<AuditNote> notDone) {
    return new ChainCheck(intact, verified, firstBroken, issue, checkpoints, signed, done, notDone);
  }

  /** What is wrong, in plain English, or null. */
  public String problem() {
    return issue == null ? null : issue.text();
  }

  /** What was checked, in plain English, one line each. */
  public List<String> checked() {
    return checks.stream().map(AuditNote::text).toList();
  }

  /** What could not be checked, in plain English, one line each. */
  public List<String> notChecked() {
    return gaps.stream().map(AuditNote::text).toList();
  }

  /**
   * The verdict's first line as a note: {@code intact} (the entries and the signed checkpoints
   * verified), {@code broken} (the entry where it broke; {@link #issue()} says how) or {@code
   * not_intact} (no arguments; {@link #issue()} says what).
   */
  public AuditNote verdict() {
    if (intact) {
      return AuditNote.of(
          "intact",
          "audit chain intact: " + verified + " entries, " + checkpoints + " signed checkpoints",
          verified,
          checkpoints);
    }
    return firstBroken == null
        ? AuditNote.of("not_intact", "audit trail not intact: " + problem())
        : AuditNote.of(
            "broken", "audit chain broken at entry " + firstBroken + ": " + problem(), firstBroken);
  }

  /** One line for a person: "audit chain intact: 12 entries" or what broke where. */
  public String describe() {
    return verdict().text();
  }

  /** The verdict, then what was checked and what was not, one line each. */
  public List<String> report() {
    List<String> lines = new ArrayList<>();
    lines.add(describe());
    checked().forEach(line -> lines.add("checked: " + line));
    notChecked().forEach(line -> lines.add("not checked: " + line));
    return lines;
  }
}
