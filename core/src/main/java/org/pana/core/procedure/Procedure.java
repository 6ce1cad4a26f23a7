package org.pana.core.procedure;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * One jurisdiction's asylum procedure in one period, as read from its definition file.
 *
 * @param id e.g. {@code kz-refugees-2022}
 * @param version the definition's version (raised with every change of a rule)
 * @param jurisdiction ISO 3166 code, e.g. {@code KZ}
 * @param title in words
 * @param inForceFrom first day the definition applies to
 * @param inForceUntil last day, or null while in force
 * @param timeZone the zone dates are counted in (a case may set its own)
 * @param authorities who decides, by date
 * @param transitions which step may follow which
 * @param limits time limits
 * @param documents documents that run out
 * @param refusalGrounds the grounds a refusal may give, each a rule with its source
 */
public record Procedure(
    String id,
    int version,
    String jurisdiction,
    String title,
    LocalDate inForceFrom,
    LocalDate inForceUntil,
    ZoneId timeZone,
    List<Authority> authorities,
    List<Transition> transitions,
    List<TimeLimit> limits,
    List<DocumentValidity> documents,
    List<Rule> refusalGrounds) {

  public Procedure {
    refusalGrounds = List.copyOf(refusalGrounds);
    authorities = List.copyOf(authorities);
    transitions = List.copyOf(transitions);
    limits = List.copyOf(limits);
    documents = List.copyOf(documents);
  }

  /** A refusal ground by its rule id. */
  public Optional<Rule> refusalGround(String id) {
    return refusalGrounds.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  public boolean inForceOn(LocalDate day) {
    return !day.isBefore(inForceFrom) && (inForceUntil == null || !day.isAfter(inForceUntil));
  }

  /** The competent authority on a day. */
  public Optional<Authority> authorityOn(LocalDate day) {
    return authorities.stream().filter(a -> a.holdsOn(day)).findFirst();
  }

  /**
   * Whether {@code next} may follow {@code last} (null: the case has no step yet). A step the
   * procedure does not expect can still be recorded, with a reason (an override).
   */
  public boolean allows(StepType last, StepType next) {
    for (Transition transition : transitions) {
      if (!transition.next().contains(next)) {
        continue;
      }
      if (transition.any()
          || (last == null ? transition.start() : transition.after().contains(last))) {
        return true;
      }
    }
    return false;
  }
}
