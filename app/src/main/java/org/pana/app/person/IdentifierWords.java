package org.pana.app.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pana.core.person.Sex;
import org.pana.core.person.identity.IdentifierCheck;
import org.pana.core.person.identity.IdentifierRegion;
import org.pana.core.person.identity.IdentifierWarning;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What a person's page says about an identity number, in the reader's language: why it asks to
 * double-check it (the check's own words in English, elsewhere {@code
 * person.identifierWarning.<code>} with the kind of number ({0}) and the rest of what the warning
 * says ({1}, {2}: years as written, a sex in words)), and the region it encodes ({@code
 * person.identifierRegion.*}: the place as the code table names it, the code, and the years the
 * code had that name). Pages reach it as {@code @identifierWords}.
 */
@Component("identifierWords")
public class IdentifierWords {

  private final MessageSource messages;

  public IdentifierWords(MessageSource messages) {
    this.messages = messages;
  }

  /** The region the number encodes, or null when it encodes none. */
  public String region(IdentifierCheck check) {
    IdentifierRegion region = check.regionOfIssue();
    if (region == null) {
      return check.region();
    }
    String period =
        region.from() == null
            ? region.until() == null ? "always" : "until"
            : region.until() == null ? "since" : "between";
    return messages.getMessage(
        "person.identifierRegion." + period,
        new Object[] {region.place(), region.code(), year(region.from()), year(region.until())},
        check.region(),
        LocaleContextHolder.getLocale());
  }

  /** A year as written, not as a number with a thousands separator. */
  private static String year(Integer year) {
    return year == null ? null : year.toString();
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
