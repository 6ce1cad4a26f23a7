package org.pana.app.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pana.app.i18n.Bundle;

/** The English words of the report's narrative bundle, to find any left in another language. */
final class ReportWords {

  /** The name of the fixtures' organisation, written in English whatever the report's language. */
  static final String GROUP = "Report test group (fictional)";

  private static final Pattern WORD = Pattern.compile("[A-Za-z]{4,}");
  private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*\\w+\\s*[,}]");

  private ReportWords() {}

  /** Words of four letters or more in the English report text, outside argument names. */
  static Set<String> englishWords() {
    Set<String> words = new TreeSet<>();
    for (String message : Bundle.REPORT.english().values().values()) {
      String text =
          ARGUMENT
              .matcher(message)
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
