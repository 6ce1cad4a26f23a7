package org.pana.tools.names;

import java.util.ArrayList;
import java.util.List;
import org.pana.names.NameComparator;
import org.pana.names.Names;

/**
 * The labels a matcher cannot all satisfy: pairs of names alike in every part but one, where that
 * part is another name rather than another spelling ("Mark Cooney" and "Mark Carney", "Pedro
 * Sancho" and "Pedro Sánchez"). When a labelled set calls some of these the same person and others,
 * no less alike, different people, any matcher that decides them by how alike the replaced part is
 * must get some wrong. {@link #ceiling} says how high F1 can then go at best.
 */
final class ReplacedPart {

  /** From this score a part is another spelling of the same name, not another name. */
  private static final double SPELLING = 0.85;

  /** A pair differing in one replaced part: how alike that part is, and the pair's label. */
  private record Row(double likeness, boolean same) {}

  private final List<Row> rows = new ArrayList<>();
  private int positives;

  /** Counts one labelled pair, and keeps it if it differs in one replaced part. */
  void add(String a, String b, boolean match, NameComparator.Comparison comparison) {
    if (match) {
      positives++;
    }
    List<String> x = new ArrayList<>(List.of(Names.parse(a).reading().split(" ")));
    List<String> y = new ArrayList<>(List.of(Names.parse(b).reading().split(" ")));
    if (x.size() != y.size() || x.size() < 2) {
      return;
    }
    List<String> rest = new ArrayList<>(y);
    int common = 0;
    for (String form : x) {
      if (rest.remove(form)) {
        common++;
      }
    }
    if (common != x.size() - 1) {
      return;
    }
    double odd =
        comparison.pairs().size() < x.size()
            ? 0
            : comparison.pairs().stream()
                .mapToDouble(NameComparator.PartMatch::score)
                .min()
                .orElse(0);
    if (odd < SPELLING) {
      rows.add(new Row(odd, match));
    }
  }

  int size() {
    return rows.size();
  }

  int labelledSame() {
    return (int) rows.stream().filter(Row::same).count();
  }

  /**
   * The best F1 over all pairs if every other pair were decided right and these were decided by one
   * threshold on the replaced part's score.
   */
  double ceiling() {
    double best = 0;
    for (int step = 0; step <= 100; step++) {
      double threshold = step / 100.0 * SPELLING;
      int falseNegative = 0;
      int falsePositive = 0;
      for (Row row : rows) {
        boolean said = row.likeness() >= threshold;
        if (row.same() && !said) {
          falseNegative++;
        } else if (!row.same() && said) {
          falsePositive++;
        }
      }
      int truePositive = positives - falseNegative;
      double f1 = 2.0 * truePositive / (2.0 * truePositive + falsePositive + falseNegative);
      best = Math.max(best, f1);
    }
    return best;
  }
}
