package org.pana.core.procedure;

import java.time.Period;

/** Periods in words: "3 months", "1 day", "the same day". */
final class Periods {

  private Periods() {}

  static String words(Period period) {
    if (period.isZero()) {
      return "the same day";
    }
    StringBuilder out = new StringBuilder();
    append(out, period.getYears(), "year");
    append(out, period.getMonths(), "month");
    append(out, period.getDays(), "day");
    return out.toString();
  }

  private static void append(StringBuilder out, int amount, String unit) {
    if (amount == 0) {
      return;
    }
    if (!out.isEmpty()) {
      out.append(' ');
    }
    out.append(amount).append(' ').append(unit).append(amount == 1 ? "" : "s");
  }
}
