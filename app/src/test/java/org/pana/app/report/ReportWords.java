package org.pana.app.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The English words of the report's narrative bundle, to find any left in another language. */
final class ReportWords {

  /** The name of the fixtures' organisation, written in English whatever the report's language. */
  static final String GROUP = "Report test group (fictional)";

  private static final Pattern WORD = Pattern.compile("[A-Za-z]{4,}");
  private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*\\w+\\s*[,}]");

  private ReportWords() {}

  /** Words of four letters or more in the English report text, outside argument names. */
  static Set<String> englishWords() {
    Properties english = new Properties();
    try (InputStream in =
            ReportWords.class.getResourceAsStream("/org/pana/core/report/report.properties");
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      english.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Set<String> words = new TreeSet<>();
    for (String key : english.stringPropertyNames()) {
      String text =
          ARGUMENT
              .matcher(english.getProperty(key))
              .replaceAll(" ")
              .replaceAll("\\b(select|plural|male|female|other|one)\\b", " ");
      Matcher matcher = WORD.matcher(text);
      while (matcher.find()) {
        words.add(matcher.group().toLowerCase(Locale.ROOT));
      }
    }
    return words;
  }

  /** The English words of {@code words} that {@code text} holds. */
  static List<String> englishIn(String text, Set<String> words) {
    List<String> found = new ArrayList<>();
    Matcher matcher = WORD.matcher(text);
    while (matcher.find()) {
      String word = matcher.group().toLowerCase(Locale.ROOT);
      if (words.contains(word)) {
        found.add(word);
      }
    }
    return found;
  }
}
