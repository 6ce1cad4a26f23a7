package org.pana.core.audit;

/**
 * The verdict on an audit chain.
 *
 * @param intact whether every entry verified
 * @param verified how many entries verified, from the first
 * @param firstBroken the sequence number of the first entry that does not fit, or null
 * @param problem what is wrong with it, or null
 * @param checkpoints how many signed checkpoints verified
 */
public record ChainCheck(
    boolean intact, long verified, Long firstBroken, String problem, long checkpoints) {

  static ChainCheck intact(long verified) {
    return new ChainCheck(true, verified, null, null, 0);
  }

  static ChainCheck broken(long verified, long firstBroken, String problem) {
    return new ChainCheck(false, verified, firstBroken, problem, 0);
  }

  ChainCheck withCheckpoints(long count) {
    return new ChainCheck(intact, verified, firstBroken, problem, count);
  }

  /** One line for a person: "audit chain intact: 12 entries" or what broke where. */
  public String describe() {
    return intact
        ? "audit chain intact: " + verified + " entries, " + checkpoints + " signed checkpoints"
        : "audit chain broken at entry " + firstBroken + ": " + problem;
  }
}
