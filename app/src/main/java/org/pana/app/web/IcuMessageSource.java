package org.pana.app.web;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.nio.charset.StandardCharsets;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.util.ObjectUtils;

/**
 * The user interface bundles ({@code messages*.properties}) formatted with ICU4J rather than {@code
 * java.text.MessageFormat}: ICU knows each language's plural categories from CLDR (Russian one,
 * few, many and other; Kazakh and Uyghur one and other; Chinese other), its numbers and its month
 * names, which the JDK's formatter does not. A message without arguments is shown as written; a
 * {@code java.time} argument is written in ISO form, as the forms take it.
 */
public final class IcuMessageSource extends ResourceBundleMessageSource {

  /** The base name of the user interface bundles. */
  public static final String BASENAME = "messages";

  private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

  public IcuMessageSource() {
    setBasename(BASENAME);
    setDefaultEncoding(StandardCharsets.UTF_8.name());
    setFallbackToSystemLocale(false);
    setDefaultLocale(Locale.ENGLISH);
  }

  @Override
  protected String getMessageInternal(String code, Object[] args, Locale locale) {
    if (code == null) {
      return null;
    }
    Locale language = locale == null ? Locale.ENGLISH : locale;
    String pattern = resolveCodeWithoutArguments(code, language);
    if (pattern == null || ObjectUtils.isEmpty(args)) {
      return pattern;
    }
    Object[] resolved = resolveArguments(args, language);
    for (int i = 0; i < resolved.length; i++) {
      if (resolved[i] instanceof TemporalAccessor) {
        // a day is written as recorded (2024-06-01) in every language, as the forms take it
        resolved[i] = resolved[i].toString();
      }
    }
    MessageFormat format =
        formats.computeIfAbsent(
            language.toLanguageTag() + '\u0000' + code,
            key -> new MessageFormat(pattern, ULocale.forLocale(language)));
    // an ICU MessageFormat is not safe to share between threads while it formats
    synchronized (format) {
      return format.format(resolved);
    }
  }
}
