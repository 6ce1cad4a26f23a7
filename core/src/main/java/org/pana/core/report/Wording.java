package org.pana.core.report;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pana.core.date.PartialDate;
import org.pana.core.date.PartialDate.Precision;
import org.pana.core.report.ReportText.Span;

/**
 * The words of a report in one language, from the ICU message bundles {@code report.properties}
 * (English) and {@code report_kk}, {@code _ru}, {@code _ug} and {@code _zh}: messages whose
 * arguments may be runs of marked spans, and dates written as precisely as a report allows.
 */
final class Wording {

  private static final Pattern MARKER = Pattern.compile("\uE000([a-zA-Z]+)\uE001");

  private final String language;
  private final ULocale locale;
  private final Locale javaLocale;
  private final ResourceBundle bundle;

  /** The words of {@code language}, one of {@link ReportOptions#LANGUAGES}; else English. */
  Wording(String language) {
    this.language = ReportOptions.LANGUAGES.contains(language) ? language : "en";
    this.locale = new ULocale(this.language);
    this.javaLocale = Locale.forLanguageTag(this.language);
    this.bundle = bundle(this.language);
  }

  /** The report bundle of a language, without falling back to the machine's default locale. */
  static ResourceBundle bundle(String language) {
    return ResourceBundle.getBundle(
        "org.pana.core.report.report",
        Locale.forLanguageTag(language),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
  }

  String language() {
    return language;
  }

  boolean has(String key) {
    return bundle.containsKey(key);
  }

  String text(String key) {
    return bundle.getString(key);
  }

  String message(String key, Map<String, Object> args) {
    return new MessageFormat(bundle.getString(key), locale).format(args);
  }

  /**
   * Formats a message whose arguments in {@code parts} are runs of spans: they are passed as
   * markers and put back as spans, so their redaction marks survive the message's wording.
   */
  List<Span> format(String key, Map<String, Object> args, Map<String, List<Span>> parts) {
    Map<String, Object> all = new HashMap<>(args);
    parts.keySet().forEach(name -> all.put(name, "\uE000" + name + "\uE001"));
    String formatted = message(key, all);
    List<Span> out = new ArrayList<>();
    Matcher matcher = MARKER.matcher(formatted);
    int at = 0;
    while (matcher.find()) {
      out.add(Span.plain(formatted.substring(at, matcher.start())));
      out.addAll(parts.get(matcher.group(1)));
      at = matcher.end();
    }
    out.add(Span.plain(formatted.substring(at)));
    return Spans.merged(out);
  }

  /** A date as a phrase ("in November 2016"), stated no more finely than {@code detail}. */
  Span when(PartialDate date, DateDetail detail) {
    if (date == null) {
      return Span.plain(text("date.unknown"));
    }
    PartialDate shown = date.coarsenedTo(precision(detail));
    PartialDate first = shown.start();
    PartialDate last = shown.end();
    String phrase;
    if (samePeriod(first, last)) {
      phrase =
          shown.isApproximate()
              ? message(
                  "date.approx", Map.of("bare", bare(first), "phrase", dateText("date", first)))
              : dateText("date", first);
    } else {
      phrase = message("date.range", Map.of("from", bare(first), "to", bare(last)));
    }
    return new Span(phrase, shown.equals(date) ? null : Redaction.DATE_COARSENED);
  }

  /**
   * A date of birth as a report may give it: the year (about, or a range of years) for a person
   * named with consent, else only the decade.
   */
  Span born(PartialDate date, boolean named) {
    if (named) {
      return new Span(when(date, DateDetail.YEAR).text(), Redaction.AGE_COARSENED);
    }
    LocalDate middle =
        date.earliest().plusDays(ChronoUnit.DAYS.between(date.earliest(), date.latest()) / 2);
    return new Span(
        message("age.decade", Map.of("decade", Integer.toString(middle.getYear() / 10 * 10))),
        Redaction.AGE_COARSENED);
  }

  /** A date without its preposition ("November 2016"), for quotes. */
  String bare(PartialDate date) {
    return dateText("bare", date);
  }

  /** The month names a quote may write days with, twelve per language reports are written in. */
  private static final List<String> MONTH_NAMES = monthNamesOfEachLanguage();

  /** The month names a quote may write days with, in every language reports are written in. */
  static List<String> monthNames() {
    return MONTH_NAMES;
  }

  private static List<String> monthNamesOfEachLanguage() {
    List<String> names = new ArrayList<>();
    for (String language : ReportOptions.LANGUAGES) {
      Locale each = Locale.forLanguageTag(language);
      for (Month month : Month.values()) {
        // the format form: genitive in Russian ("7 ноября 2016")
        names.add(month.getDisplayName(TextStyle.FULL, each).toLowerCase(each));
      }
    }
    return List.copyOf(names);
  }

  /** The month (1 to 12) a name from {@link #monthNames()} stands for. */
  static int monthOf(String name) {
    return MONTH_NAMES.indexOf(name.toLowerCase(Locale.ROOT)) % 12 + 1;
  }

  static Precision precision(DateDetail detail) {
    return switch (detail) {
      case DAY -> Precision.DAY;
      case MONTH -> Precision.MONTH;
      case YEAR -> Precision.YEAR;
    };
  }

  /** Whether two single dates mean the same period, approximate or not. */
  private static boolean samePeriod(PartialDate first, PartialDate last) {
    return first.earliest().equals(last.earliest()) && first.latest().equals(last.latest());
  }

  /** One single date, through the message {@code prefix.day}, {@code .month} or {@code .year}. */
  private String dateText(String prefix, PartialDate date) {
    LocalDate day = date.earliest();
    Map<String, Object> args = new HashMap<>();
    args.put("year", Integer.toString(day.getYear()));
    Precision precision = date.precision();
    if (precision != Precision.YEAR) {
      Month month = day.getMonth();
      args.put("month", month.getDisplayName(TextStyle.FULL_STANDALONE, javaLocale));
      args.put("monthGenitive", month.getDisplayName(TextStyle.FULL, javaLocale));
      args.put("monthNumber", Integer.toString(month.getValue()));
      args.put(
          "monthPrepositional",
          has("months.prepositional")
              ? text("months.prepositional").split(",")[month.getValue() - 1]
              : month.getDisplayName(TextStyle.FULL, javaLocale));
    }
    if (precision == Precision.DAY) {
      args.put("day", Integer.toString(day.getDayOfMonth()));
    }
    return message(prefix + "." + precision.name().toLowerCase(Locale.ROOT), args);
  }

  /** The day as the report's header writes it. */
  static String longDate(LocalDate day, String language) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
        .withLocale(
            ReportOptions.LANGUAGES.contains(language) && !"en".equals(language)
                ? Locale.forLanguageTag(language)
                : Locale.UK)
        .format(day);
  }
}
