package org.pana.core.problem;

/** A record that was asked for does not exist (or is not visible to the caller). */
public final class NotFound extends PanaException {

  private final String recordType;

  public NotFound(String recordType, String id) {
    super("No " + recordType + " with id " + id + ".");
    this.recordType = recordType;
  }

  public String recordType() {
    return recordType;
  }
}
