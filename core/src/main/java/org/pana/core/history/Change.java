package org.pana.core.history;

import java.util.Objects;

/**
 * Who makes a write and why. Every revision carries one.
 *
 * @param author the account or process that makes the change (never a person's real name in demo or
 *     test data)
 * @param reason optional free text, e.g. "corrected after second interview"
 */
public record Change(String author, String reason) {

  public Change {
    Objects.requireNonNull(author, "author");
    if (author.isBlank()) {
      throw new IllegalArgumentException("a change needs an author");
    }
    reason = reason == null || reason.isBlank() ? null : reason.strip();
  }

  public static Change by(String author) {
    return new Change(author, null);
  }
}
