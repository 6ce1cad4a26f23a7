package org.pana.core.procedure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.pana.core.timeline.EventType;

/**
 * A dated step of a case through the asylum procedure and what runs beside it.
 *
 * <p>The names are those of the public contract (ARCHITECTURE.md), shared with the timeline's event
 * types where a step and an event mean the same thing ({@code BORDER_CROSSED_IRREGULARLY}, {@code
 * ARRIVED}, {@code COURT_HEARING} …), so a step can be taken from an event. Names Pana used for a
 * while are kept as aliases: accepted on input (and in stored records), never written.
 */
public enum StepType {
  /** Arrived in the country through a border post (the 5-day petition clock starts). */
  ARRIVED,
  /** Crossed the border irregularly or by force (the 24-hour petition clock starts). */
  BORDER_CROSSED_IRREGULARLY("CROSSED_IRREGULARLY"),
  PETITION_SUBMITTED,
  PETITION_REGISTERED,
  /** The first asylum-seeker certificate. */
  CERTIFICATE_ISSUED,
  /** A new asylum-seeker certificate replacing an expiring one. */
  CERTIFICATE_REISSUED,
  FINGERPRINTED,
  INTERVIEWED,
  /** The time for the decision was extended for further checks (to at most one year). */
  DECISION_EXTENDED("DECISION_POSTPONED"),
  STATUS_GRANTED,
  STATUS_REFUSED,
  DECISION_NOTIFIED,
  APPEAL_FILED,
  COURT_HEARING("HEARING"),
  JUDGMENT,
  STATUS_RENEWED,
  STATUS_WITHDRAWN,
  CRIMINAL_CASE_OPENED,
  /** The verdict in a criminal case (e.g. for the border crossing). */
  VERDICT("CRIMINAL_VERDICT"),
  EXPULSION_ORDERED,
  DEPORTATION_ORDERED,
  RESETTLED,
  CITIZENSHIP_APPLIED,
  KANDAS_APPLIED;

  private final List<String> aliases;

  StepType(String... aliases) {
    this.aliases = List.of(aliases);
  }

  /** Older names of this step, still accepted on input. */
  public List<String> aliases() {
    return aliases;
  }

  /**
   * A step by its code or an alias, in any case, with '-' or ' ' for '_' (the way {@code
   * Problems.parseCode} reads every other vocabulary).
   */
  public static Optional<StepType> fromCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String wanted = code.strip().replace('-', '_').replace(' ', '_').toUpperCase(Locale.ROOT);
    for (StepType type : values()) {
      if (type.name().equals(wanted) || type.aliases.contains(wanted)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  /**
   * The step an event on a person's timeline records, when it is one (an event and a step that mean
   * the same thing share their name; a {@code DECISION} event is not one step, for it may be a
   * grant or a refusal).
   */
  public static Optional<StepType> of(EventType event) {
    for (StepType type : values()) {
      if (type.name().equals(event.name())) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  /** Every code accepted on input: the names, then the aliases. */
  public static List<String> codes() {
    List<String> codes = new ArrayList<>();
    for (StepType type : values()) {
      codes.add(type.name());
    }
    for (StepType type : values()) {
      codes.addAll(type.aliases);
    }
    return codes;
  }
}
