package org.pana.names;

/** String similarity measures used by the comparator. */
final class Similarity {

  private Similarity() {}

  /**
   * One minus the optimal-string-alignment distance (insertions, deletions, substitutions and
   * transpositions of neighbours) over the longer length: 1 for equal strings, 0 for nothing alike.
   */
  static double edit(String a, String b) {
    int n = a.length();
    int m = b.length();
    if (n == 0 && m == 0) {
      return 1;
    }
    if (n == 0 || m == 0) {
      return 0;
    }
    int[] before = new int[m + 1];
    int[] previous = new int[m + 1];
    int[] current = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      current[0] = i;
      char ca = a.charAt(i - 1);
      for (int j = 1; j <= m; j++) {
        char cb = b.charAt(j - 1);
        int cost = ca == cb ? 0 : 1;
        int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == cb) {
          value = Math.min(value, before[j - 2] + 1);
        }
        current[j] = value;
      }
      int[] spare = before;
      before = previous;
      previous = current;
      current = spare;
    }
    return 1.0 - (double) previous[m] / Math.max(n, m);
  }

  /**
   * Edit similarity that forgives a typo the way a reader does: one slip in a name of four or more
   * letters scores 0.9 (of three letters 0.8), two slips in eight or more 0.84 (not six: Erlan and
   * Nurlan are brothers, not a typo), whatever the length.
   */
  static double typo(String a, String b) {
    return typo(a, b, true);
  }

  /**
   * As {@link #typo(String, String)}; without {@code twoSlips}, two slips are not forgiven. Two
   * spellings in one script that differ in two letters after canonical folding are more often two
   * names (Barakhoev, Barkhanoev) than one name mistyped twice; across scripts, transliteration
   * itself moves vowels (Froese, Фрезе).
   */
  static double typo(String a, String b, boolean twoSlips) {
    double typed = typed(a, b, twoSlips);
    // "rn" and "m" are one another's commonest misreading in scanned documents (OCR)
    if (typed < 0.9 && (a.contains("rn") || b.contains("rn"))) {
      typed = Math.max(typed, typed(a.replace("rn", "m"), b.replace("rn", "m"), twoSlips) * 0.95);
    }
    return typed;
  }

  private static double typed(String a, String b, boolean twoSlips) {
    double plain = edit(a, b);
    int longer = Math.max(a.length(), b.length());
    int distance = (int) Math.round((1 - plain) * longer);
    if (distance == 1 && longer >= 4) {
      return Math.max(plain, 0.9);
    }
    if (distance == 1 && longer == 3) {
      return Math.max(plain, 0.8);
    }
    if (twoSlips && distance == 2 && longer >= 8) {
      return Math.max(plain, 0.84);
    }
    return plain;
  }

  /** The length of the longest common subsequence of two strings. */
  static int commonSubsequence(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        current[j] =
            a.charAt(i - 1) == b.charAt(j - 1)
                ? previous[j - 1] + 1
                : Math.max(previous[j], current[j - 1]);
      }
      int[] spare = previous;
      previous = current;
      current = spare;
    }
    return previous[b.length()];
  }
}
