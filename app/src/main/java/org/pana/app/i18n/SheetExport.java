package org.pana.app.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A language's bundle as a sheet for a translator ({@code pana messages export}): every English key
 * in the English file's order, then the keys only this language has, each with a note saying what
 * to keep and, marked {@code TO DO}, what needs work: a key missing, left in English, or breaking a
 * rule of {@link BundleCheck}.
 */
public final class SheetExport {

  /** What a note says first about a row that needs work. */
  static final String TO_DO = "TO DO: ";

  private SheetExport() {}

  /**
   * The sheet.
   *
   * @param text the CSV text, byte order mark first
   * @param language the language's name in English
   * @param keys how many rows it has
   * @param needWork how many of them need work
   */
  public record Sheet(String text, String language, int keys, int needWork) {}

  /**
   * The sheet of {@code bundle} in {@code language}, as the jar holds both.
   *
   * @throws IllegalArgumentException when Pana has no such bundle in that language
   */
  public static Sheet of(Bundle bundle, String language) {
    BundleFile translated =
        bundle
            .translation(language)
            .orElseThrow(
                () -> new IllegalArgumentException("Pana has no " + bundle.fileName(language)));
    BundleCheck check = BundleCheck.of(bundle, language);
    Map<String, String> values = translated.values();
    List<TranslationSheet.Row> rows = new ArrayList<>();
    int needWork = 0;
    for (Map.Entry<String, String> english : check.english().entrySet()) {
      String key = english.getKey();
      String value = values.get(key);
      List<String> problems = value == null ? List.of("missing") : check.problems(key, value);
      needWork += problems.isEmpty() ? 0 : 1;
      rows.add(row(key, english.getValue(), value, note(check, key, english.getValue(), problems)));
    }
    for (Map.Entry<String, String> own : values.entrySet()) {
      if (!check.english().containsKey(own.getKey())) {
        List<String> problems = check.problems(own.getKey(), own.getValue());
        needWork += problems.isEmpty() ? 0 : 1;
        List<String> note = new ArrayList<>(todo(problems));
        check
            .sameAsEnglishReason(own.getKey())
            .ifPresent(reason -> note.add("only in " + check.languageName() + ": " + reason));
        rows.add(row(own.getKey(), "", own.getValue(), String.join("; ", note)));
      }
    }
    String text = TranslationSheet.write(check.languageName(), rows);
    return new Sheet(text, check.languageName(), rows.size(), needWork);
  }

  private static TranslationSheet.Row row(String key, String english, String value, String note) {
    return new TranslationSheet.Row(0, key, english, value == null ? "" : value, note);
  }

  private static String note(BundleCheck check, String key, String english, List<String> problems) {
    List<String> note = new ArrayList<>(todo(problems));
    note.addAll(check.hints(key));
    check
        .sameAsEnglishReason(key)
        .ifPresent(reason -> note.add("may stay as in English: " + reason));
    boolean starts = english.startsWith(" ");
    boolean ends = english.length() > 1 && english.endsWith(" ");
    if (starts || ends) {
      note.add(
          (starts && ends ? "starts and ends" : starts ? "starts" : "ends")
              + " with a space: keep "
              + (starts && ends ? "them" : "it"));
    }
    return String.join("; ", note);
  }

  private static List<String> todo(List<String> problems) {
    return problems.isEmpty() ? List.of() : List.of(TO_DO + String.join("; ", problems));
  }
}
