package org.pana.tools.names;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.pana.names.NameComparator;

/**
 * Measures the comparator on labelled name pairs: precision, recall and F1 at the default
 * threshold, overall and per kind, and the worst errors. The report's last line is {@code F1
 * <value>}.
 */
public final class NameEvaluation {

  /**
   * One labelled pair.
   *
   * @param a a name
   * @param b another name
   * @param match whether they are the same person's
   * @param kind what the pair tests (may be empty)
   */
  public record Pair(String a, String b, boolean match, String kind) {}

  /** Counts of one group of pairs. */
  private static final class Counts {
    int truePositive;
    int falsePositive;
    int falseNegative;
    int trueNegative;

    void add(boolean said, boolean truth) {
      if (said && truth) {
        truePositive++;
      } else if (said) {
        falsePositive++;
      } else if (truth) {
        falseNegative++;
      } else {
        trueNegative++;
      }
    }

    int total() {
      return truePositive + falsePositive + falseNegative + trueNegative;
    }

    double precision() {
      int said = truePositive + falsePositive;
      return said == 0 ? 1 : (double) truePositive / said;
    }

    double recall() {
      int real = truePositive + falseNegative;
      return real == 0 ? 1 : (double) truePositive / real;
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    String line(String label) {
      return String.format(
          Locale.ROOT,
          "%-34s %5d  precision %.4f  recall %.4f  F1 %.4f  (tp %d fp %d fn %d tn %d)",
          label,
          total(),
          precision(),
          recall(),
          f1(),
          truePositive,
          falsePositive,
          falseNegative,
          trueNegative);
    }
  }

  private record Outcome(Pair pair, NameComparator.Comparison comparison) {
    double error() {
      return pair.match()
          ? NameComparator.THRESHOLD - comparison.score()
          : comparison.score() - NameComparator.THRESHOLD;
    }
  }

  private NameEvaluation() {}

  /** Compares every pair, prints the report, and returns the overall F1. */
  public static double run(List<Pair> pairs, int worst, PrintStream out) {
    Counts all = new Counts();
    Map<String, Counts> byKind = new TreeMap<>();
    List<Outcome> errors = new ArrayList<>();
    ReplacedPart replaced = new ReplacedPart();
    long started = System.nanoTime();
    for (Pair pair : pairs) {
      NameComparator.Comparison comparison = NameComparator.compare(pair.a(), pair.b());
      replaced.add(pair.a(), pair.b(), pair.match(), comparison);
      boolean said = comparison.isMatch();
      all.add(said, pair.match());
      String kind = pair.kind().isBlank() ? "(no kind)" : pair.kind();
      byKind.computeIfAbsent(kind, k -> new Counts()).add(said, pair.match());
      if (said != pair.match()) {
        errors.add(new Outcome(pair, comparison));
      }
    }
    long micros = (System.nanoTime() - started) / 1000;
    out.printf(
        Locale.ROOT,
        "%d pairs compared in %d ms at threshold %.2f%n%n",
        pairs.size(),
        micros / 1000,
        NameComparator.THRESHOLD);
    out.println("By kind:");
    byKind.forEach((kind, counts) -> out.println("  " + counts.line(kind)));
    out.println();
    errors.sort(Comparator.comparingDouble(Outcome::error).reversed());
    out.println("Worst errors (" + errors.size() + " in all):");
    for (Outcome error : errors.subList(0, Math.min(worst, errors.size()))) {
      out.printf(
          Locale.ROOT,
          "  %s %.3f  %s | %s  [%s]  %s%n",
          error.pair().match() ? "missed" : "wrong ",
          error.comparison().score(),
          error.pair().a(),
          error.pair().b(),
          error.pair().kind(),
          error.comparison().explain());
    }
    out.println();
    if (replaced.size() > 0 && replaced.labelledSame() > 0) {
      out.printf(
          Locale.ROOT,
          "Labels: %d pairs differ in one part only, and there by another name rather than a"
              + " spelling; %d are labelled the same person, %d different. Deciding these by how"
              + " alike that part is, F1 can reach at most %.4f, with every other pair right.%n%n",
          replaced.size(),
          replaced.labelledSame(),
          replaced.size() - replaced.labelledSame(),
          replaced.ceiling());
    }
    out.println(all.line("All"));
    double f1 = all.f1();
    out.printf(Locale.ROOT, "F1 %.4f%n", f1);
    return f1;
  }
}
