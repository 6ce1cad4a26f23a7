package org.pana.app.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pana.core.audit.AuditNote;
import org.pana.core.audit.ChainCheck;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The verdict on the audit chain in the reader's language: each note of the verdict ({@link
 * AuditNote}) is {@code audit.verdict.<code>} with the note's arguments, and the verdict's first
 * line takes what is wrong, in words, as its last argument. The command line prints the notes'
 * English instead. Pages reach it as {@code @auditWords}.
 */
@Component("auditWords")
public class AuditWords {

  private final MessageSource messages;

  public AuditWords(MessageSource messages) {
    this.messages = messages;
  }

  /** The verdict's first line: intact, or broken and how. */
  public String verdict(ChainCheck check) {
    AuditNote verdict = check.verdict();
    List<Object> args = new ArrayList<>(verdict.args());
    if (check.issue() != null) {
      args.add(note(check.issue()));
    }
    return words(verdict.code(), args, verdict.text());
  }

  /** One thing the verdict says was, or was not, checked. */
  public String note(AuditNote note) {
    return words(note.code(), note.args(), note.text());
  }

  private String words(String code, List<Object> args, String english) {
    Locale locale = LocaleContextHolder.getLocale();
    return messages.getMessage("audit.verdict." + code, args.toArray(), english, locale);
  }
}
