package org.pana.core.procedure;

/**
 * How the procedure's refusals are worded for the volunteer who reads them. The app words them from
 * its message bundles, with the steps' names in words; {@link #CODES} names steps by their codes,
 * for tests and wherever no bundle is at hand.
 */
@FunctionalInterface
public interface ProcedureWording {

  /**
   * Why {@code step} is not expected here.
   *
   * @param step the step being recorded
   * @param after the case's latest earlier step, or null when it has none
   * @param procedure the procedure in force on the step's day
   */
  String outOfOrder(StepType step, StepType after, Procedure procedure);

  /** Steps by their codes, in English. */
  ProcedureWording CODES =
      (step, after, procedure) ->
          step
              + " does not follow "
              + (after == null ? "the start of a case" : after)
              + " under "
              + procedure.title()
              + ". Record the steps between, or say why it is recorded anyway.";
}
