package org.pana.core.date;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What day it is where the casebook is kept: the injected clock read in a time zone (Asia/Almaty,
 * where Pana's first users work, unless a case names its own). Dates of what has happened (a birth,
 * a detention, a document's issue) cannot lie after it.
 *
 * @param clock the clock (a fixed one in tests)
 * @param zone where the day is counted
 */
public record Today(Clock clock, ZoneId zone) {

  /** Where the day is counted when nothing names another zone. */
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Almaty");

  public Today {
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(zone, "zone");
  }

  /** Today by {@code clock}, counted in Asia/Almaty. */
  public static Today in(Clock clock) {
    return new Today(clock, DEFAULT_ZONE);
  }

  /** The day it is now. */
  public LocalDate date() {
    return LocalDate.ofInstant(clock.instant(), zone);
  }

  /** True when even the earliest day {@code date} can mean lies after today. */
  public boolean precedes(PartialDate date) {
    return date.earliest().isAfter(date());
  }
}
