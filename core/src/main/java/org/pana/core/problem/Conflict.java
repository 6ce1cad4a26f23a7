package org.pana.core.problem;

import java.util.Objects;

/**
 * A write lost a race with another write, or the records are not in the state it needs (approved
 * already, not retracted, taken). Its code says which, so that a page can say it in the reader's
 * language ({@code conflict.<code>} in the bundles); its message says it in English, for the API.
 */
public final class Conflict extends PanaException {

  private final String code;

  /**
   * @param code a stable machine-readable code, e.g. {@code changed_meanwhile}
   * @param message a plain-English sentence saying what stands in the way and what to do
   */
  public Conflict(String code, String message) {
    super(message);
    this.code = Objects.requireNonNull(code, "code");
  }

  /** Which conflict it is, e.g. {@code changed_meanwhile}, {@code approved_already}. */
  public String code() {
    return code;
  }
}
