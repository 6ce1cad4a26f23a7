package org.pana.core.record;

import java.util.Objects;

/**
 * Who makes a write and why. Every revision carries one.
 *
 * @param author the account or process that makes the change (never a person's real name in demo or
 *     test data)
 * @param reason optional free text, e.g. "corrected after second interview"
 * @param organisation the organisation the author acts for: the compartment of a new record that
 *     neither defines its own (a case) nor belongs to a person; null for none
 */
public record Change(String author, String reason, String organisation) {

  public Change(String author, String reason) {
    this(author, reason, null);
  }

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
