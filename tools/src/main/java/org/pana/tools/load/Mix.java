package org.pana.tools.load;

import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * What share of the requests each {@link Operation} is, in percent: the kind of day the benchmark
 * plays.
 */
public enum Mix {
  /**
   * A working day of a group: 45 % token reads (a person, a timeline, a page of the people list),
   * 15 % searches, 25 % writes (new people, new events), 15 % page loads.
   */
  DAY("day", 20, 15, 10, 15, 10, 15, 7, 4, 4),

  /**
   * Taking testimonies, in the browser and by script: a search first (is the person known
   * already?), the person, then the events of their account one after another, with a look at the
   * timeline and the person's page between them: 60 % writes, 15 % searches, 18 % token reads, 7 %
   * page loads.
   */
  INTAKE("intake", 5, 10, 3, 15, 15, 45, 5, 1, 1);

  private final String word;
  private final int[] percents;
  private final Operation[] byPercent = new Operation[100];

  /** The percents in the order of {@link Operation#values()}. */
  Mix(String word, int... percents) {
    this.word = word;
    this.percents = percents;
    if (percents.length != Operation.values().length || Arrays.stream(percents).sum() != 100) {
      throw new IllegalStateException(
          "the " + word + " mix must give every operation a share, 100 % in all");
    }
    int at = 0;
    for (Operation operation : Operation.values()) {
      for (int i = 0; i < percents[operation.ordinal()]; i++) {
        byPercent[at++] = operation;
      }
    }
  }

  /** The mix a word names ({@code day}, {@code intake}). */
  public static Mix named(String word) {
    for (Mix mix : values()) {
      if (mix.word.equals(word.toLowerCase(Locale.ROOT))) {
        return mix;
      }
    }
    throw new IllegalArgumentException("no mix is called " + word + "; there are day and intake");
  }

  public String word() {
    return word;
  }

  int percent(Operation operation) {
    return percents[operation.ordinal()];
  }

  /** The share of a kind of request, in percent. */
  int percent(Operation.Kind kind) {
    int percent = 0;
    for (Operation operation : Operation.values()) {
      if (operation.kind() == kind) {
        percent += percent(operation);
      }
    }
    return percent;
  }

  /** The next request of the mix. */
  Operation draw(SplittableRandom random) {
    return byPercent[random.nextInt(byPercent.length)];
  }

  /** "day: 45 % token reads, 15 % searches, 25 % writes, 15 % pages". */
  String describe() {
    StringBuilder text = new StringBuilder(word).append(": ");
    for (Operation.Kind kind : Operation.Kind.values()) {
      text.append(kind.ordinal() == 0 ? "" : ", ")
          .append(percent(kind))
          .append(" % ")
          .append(kind.label());
    }
    return text.toString();
  }
}
