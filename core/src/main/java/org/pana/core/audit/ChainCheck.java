package org.pana.core.audit;

import java.util.ArrayList;
import java.util.List;

/**
 * The verdict on an audit trail.
 *
 * @param intact whether every entry and every signed statement about the trail verified
 * @param verified how many entries verified, from the first
 * @param firstBroken the sequence number of the first entry that does not fit, or null (also when
 *     what broke is not an entry, e.g. a replaced key)
 * @param problem what is wrong, or null
 * @param checkpoints how many signed checkpoints verified
 * @param signedThrough the newest entry a signature vouches for (a checkpoint or the signed head),
 *     0 when none does
 * @param checked what was checked, for people reading the verdict
 * @param notChecked what could not be checked, and what would check it
 */
public record ChainCheck(
    boolean intact,
    long verified,
    Long firstBroken,
    String problem,
    long checkpoints,
    long signedThrough,
    List<String> checked,
    List<String> notChecked) {

  public ChainCheck {
    checked = List.copyOf(checked);
    notChecked = List.copyOf(notChecked);
  }

  static ChainCheck intact(long verified) {
    return new ChainCheck(true, verified, null, null, 0, 0, List.of(), List.of());
  }

  static ChainCheck broken(long verified, long firstBroken, String problem) {
    return new ChainCheck(false, verified, firstBroken, problem, 0, 0, List.of(), List.of());
  }

  /** Broken, but not at an entry: the key, the head file, the trail as a whole. */
  static ChainCheck notIntact(long verified, String problem) {
    return new ChainCheck(false, verified, null, problem, 0, 0, List.of(), List.of());
  }

  ChainCheck withCheckpoints(long count) {
    return new ChainCheck(
        intact, verified, firstBroken, problem, count, signedThrough, checked, notChecked);
  }

  ChainCheck withNotes(long signed, List<String> done, List<String> notDone) {
    return new ChainCheck(
        intact, verified, firstBroken, problem, checkpoints, signed, done, notDone);
  }

  /** One line for a person: "audit chain intact: 12 entries" or what broke where. */
  public String describe() {
    if (intact) {
      return "audit chain intact: " + verified + " entries, " + checkpoints + " signed checkpoints";
    }
    return firstBroken == null
        ? "audit trail not intact: " + problem
        : "audit chain broken at entry " + firstBroken + ": " + problem;
  }

  /** The verdict, then what was checked and what was not, one line each. */
  public List<String> report() {
    List<String> lines = new ArrayList<>();
    lines.add(describe());
    checked.forEach(line -> lines.add("checked: " + line));
    notChecked.forEach(line -> lines.add("not checked: " + line));
    return lines;
  }
}
