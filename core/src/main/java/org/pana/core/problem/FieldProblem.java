package org.pana.core.problem;

import java.util.Objects;

/**
 * One thing wrong with one input field.
 *
 * @param field the field's path as the caller named it, e.g. {@code names[1].value}
 * @param code a stable machine-readable code, e.g. {@code checksum}, {@code required}
 * @param message a plain-English sentence saying what is wrong and how to fix it
 */
public record FieldProblem(String field, String code, String message) {

  public FieldProblem {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }
}
