package org.pana.core.record;

import java.time.Instant;

/**
 * A record taken back because it was entered by mistake (a person entered twice, an event on the
 * wrong timeline). A retracted record is kept, with its history, but no normal read shows it: it is
 * as if it did not exist, until a coordinator restores it.
 *
 * @param recordId the record retracted
 * @param kind its kind's name ({@code person}, {@code event} …)
 * @param revision the revision that retracted it (its current one)
 * @param at when it was retracted
 * @param by the account that retracted it
 * @param reason why; null for a reader who may not see every field of the record
 * @param cause the record whose retraction it followed (a person's own events follow the person),
 *     or null when it was retracted on its own
 */
public record Retraction(
    String recordId,
    String kind,
    int revision,
    Instant at,
    String by,
    String reason,
    String cause) {

  /** Whether it was retracted along with another record rather than on its own. */
  public boolean followed() {
    return cause != null;
  }
}
