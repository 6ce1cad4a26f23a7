package org.pana.core.audit;

import java.util.List;
import java.util.Objects;

/**
 * One thing a verdict on the audit trail says (what is wrong, what was checked, what was not): a
 * code with what its words need, which a page says in its reader's language ({@code
 * audit.verdict.*} in the interface's bundles), and the same in plain English for the command line.
 *
 * @param code what it says, e.g. {@code head_missing}
 * @param args what the words need: entry numbers and counts (numbers), a file name, a key's
 *     fingerprint or a head as written down (text)
 * @param text the same in plain English
 */
public record AuditNote(String code, List<Object> args, String text) {

  public AuditNote {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(text, "text");
    args = List.copyOf(args);
  }

  static AuditNote of(String code, String text, Object... args) {
    return new AuditNote(code, List.of(args), text);
  }
}
