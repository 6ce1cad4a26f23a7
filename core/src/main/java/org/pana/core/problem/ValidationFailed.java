package org.pana.core.problem;

import java.util.List;

/**
 * Input was rejected before anything was stored. Carries every problem found, not just the first. A
 * refusal that pages word from more than its code extends it with what they need (a report's {@code
 * ReportBlocked} carries its blocker); the API answers it as any other.
 */
public non-sealed class ValidationFailed extends PanaException {

  private final List<FieldProblem> problems;

  public ValidationFailed(List<FieldProblem> problems) {
    super(summary(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a validation failure needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  public ValidationFailed(String field, String code, String message) {
    this(List.of(new FieldProblem(field, code, message)));
  }

  public List<FieldProblem> problems() {
    return problems;
  }

  private static String summary(List<FieldProblem> problems) {
    if (problems.size() == 1) {
      FieldProblem only = problems.get(0);
      return only.field() + ": " + only.message();
    }
    return problems.size()
        + " fields are invalid, first "
        + problems.get(0).field()
        + ": "
        + problems.get(0).message();
  }
}
