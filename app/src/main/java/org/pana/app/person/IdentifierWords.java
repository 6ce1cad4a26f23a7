package org.pana.app.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pana.core.person.Sex;
import org.pana.core.person.identity.IdentifierWarning;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Why a person's page asks to double-check an identity number, in the reader's language: the
 * check's own words in English, elsewhere {@code person.identifierWarning.<code>} with the kind of
 * number ({0}) and the rest of what the warning says ({1}, {2}: years as written, a sex in words).
 * Pages reach it as {@code @identifierWords}.
 */
@Component("identifierWords")
public class IdentifierWords {

  private final MessageSource messages;

  public IdentifierWords(MessageSource messages) {
    this.messages = messages;
  }

  /** The warning in the page's language. */
  public String text(IdentifierWarning warning) {
    Locale locale = LocaleContextHolder.getLocale();
    if (locale.getLanguage().equals(Locale.ENGLISH.getLanguage())) {
      return warning.text();
    }
    List<Object> args = new ArrayList<>();
    args.add(messages.getMessage("vocab.IdentifierType." + warning.type().name(), null, locale));
    for (Object arg : warning.args()) {
      args.add(
          arg instanceof Sex sex
              ? messages.getMessage("vocab.Sex." + sex.name(), null, locale)
              : String.valueOf(arg));
    }
    return messages.getMessage(
        "person.identifierWarning." + warning.code(), args.toArray(), warning.text(), locale);
  }
}
