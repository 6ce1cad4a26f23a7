package org.pana.core.audit;

/**
 * The verdict on an audit chain.
 *
 * @param intact whether every entry verified
 * @param verified how many entries verified, from the first
 * @param firstBroken the sequence number of the first entry that does not fit, or null
 * @param problem what is wrong with it, or null
 */
public record ChainCheck(boolean intact, long verified, Long firstBroken, String problem) {

  static ChainCheck intact(long verified) {
    return new ChainCheck(true, verified, null, null);
  }

  static ChainCheck broken(long verified, long firstBroken, String problem) {
    return new ChainCheck(false, verified, firstBroken, problem);
  }

  /** One line for a person: "audit chain intact: 12 entries" or what broke where. */
  public String describe() {
    return intact
        ? "audit chain intact: " + verified + " entries"
        : "audit chain broken at entry " + firstBroken + ": " + problem;
  }
}
