package org.pana.core.procedure;

import java.util.Set;

/**
 * Steps that may follow others.
 *
 * @param after the steps this applies after; empty with {@code start} for a case with no steps yet
 * @param start whether it applies to a case with no steps yet
 * @param any whether it applies after any step (steps that run beside the procedure)
 * @param next the steps that may follow
 */
public record Transition(Set<StepType> after, boolean start, boolean any, Set<StepType> next) {

  public Transition {
    after = Set.copyOf(after);
    next = Set.copyOf(next);
  }
}
