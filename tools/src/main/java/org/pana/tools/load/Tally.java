package org.pana.tools.load;

import java.util.Arrays;
import java.util.Collection;

/**
 * What requests came to: per {@link Operation}, every latency and how many answers were not 2xx,
 * were 5xx, or never came. Each volunteer keeps its own (no contention while measuring); they are
 * added up at the end.
 */
final class Tally {

  private static final int OPERATIONS = Operation.values().length;

  private final long[][] nanos = new long[OPERATIONS][64];
  private final int[] counts = new int[OPERATIONS];
  private final long[] succeeded = new long[OPERATIONS];
  private final long[] refused = new long[OPERATIONS];
  private final long[] serverErrors = new long[OPERATIONS];
  private final long[] unanswered = new long[OPERATIONS];

  /**
   * Figures of some operations together.
   *
   * @param count requests
   * @param succeeded answers with a 2xx status
   * @param non2xx the others, unanswered ones included
   * @param errors5xx answers with a 5xx status
   * @param unanswered requests that got no answer (timeout, connection closed)
   * @param p50 median latency in milliseconds
   * @param p95 95th percentile in milliseconds
   * @param p99 99th percentile in milliseconds
   */
  record Figures(
      long count,
      long succeeded,
      long non2xx,
      long errors5xx,
      long unanswered,
      double p50,
      double p95,
      double p99) {}

  /** One request of {@code operation} took {@code took} ns; its status, or -1 without answer. */
  void add(Operation operation, int status, long took) {
    int i = operation.ordinal();
    if (counts[i] == nanos[i].length) {
      nanos[i] = Arrays.copyOf(nanos[i], counts[i] * 2);
    }
    nanos[i][counts[i]++] = took;
    if (status < 0) {
      unanswered[i]++;
    } else if (status >= 200 && status < 300) {
      succeeded[i]++;
    } else {
      refused[i]++;
      if (status >= 500) {
        serverErrors[i]++;
      }
    }
  }

  /** Adds {@code other}'s requests to these. */
  void addAll(Tally other) {
    for (int i = 0; i < OPERATIONS; i++) {
      for (int j = 0; j < other.counts[i]; j++) {
        if (counts[i] == nanos[i].length) {
          nanos[i] = Arrays.copyOf(nanos[i], Math.max(64, counts[i] * 2));
        }
        nanos[i][counts[i]++] = other.nanos[i][j];
      }
      succeeded[i] += other.succeeded[i];
      refused[i] += other.refused[i];
      serverErrors[i] += other.serverErrors[i];
      unanswered[i] += other.unanswered[i];
    }
  }

  /** The figures of {@code operations} together. */
  Figures of(Collection<Operation> operations) {
    int total = 0;
    for (Operation operation : operations) {
      total += counts[operation.ordinal()];
    }
    long[] all = new long[total];
    int at = 0;
    long ok = 0;
    long non2xx = 0;
    long errors = 0;
    long lost = 0;
    for (Operation operation : operations) {
      int i = operation.ordinal();
      System.arraycopy(nanos[i], 0, all, at, counts[i]);
      at += counts[i];
      ok += succeeded[i];
      non2xx += refused[i] + unanswered[i];
      errors += serverErrors[i];
      lost += unanswered[i];
    }
    Arrays.sort(all);
    return new Figures(
        total,
        ok,
        non2xx,
        errors,
        lost,
        percentile(all, 50),
        percentile(all, 95),
        percentile(all, 99));
  }

  /** The nearest-rank percentile in milliseconds; 0 when nothing was measured. */
  static double percentile(long[] sorted, int percent) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)] / 1e6;
  }
}
