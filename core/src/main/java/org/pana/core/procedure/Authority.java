package org.pana.core.procedure;

import java.time.LocalDate;

/**
 * Who decides, from when until when.
 *
 * @param from first day
 * @param until last day, or null while it still holds
 * @param name the authority, in words
 * @param rule where this comes from
 */
public record Authority(LocalDate from, LocalDate until, String name, Rule rule) {

  public boolean holdsOn(LocalDate day) {
    return !day.isBefore(from) && (until == null || !day.isAfter(until));
  }
}
