package org.pana.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A sheet exported from the jar and imported back: unchanged it gives the bundle back line for
 * line; a correction is written with the review state; each broken rule refuses the whole sheet,
 * naming the line and the key, and gives nothing to write.
 */
class SheetImportTest {

  private static final LocalDate DAY = LocalDate.of(2026, 12, 3);

  static Stream<Arguments> bundlesAndLanguages() {
    List<Arguments> out = new ArrayList<>();
    for (Bundle bundle : Bundle.values()) {
      for (String language : List.of("kk", "ru", "ug", "zh")) {
        out.add(Arguments.of(bundle, language));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("bundlesAndLanguages")
  void anExportedSheetImportedUnchangedGivesTheBundleBackLineForLine(
      Bundle bundle, String language) {
    SheetExport.Sheet sheet = SheetExport.of(bundle, language);

    SheetImport.Outcome outcome = importing(bundle, language, sheet.text());

    assertThat(outcome.problems()).isEmpty();
    assertThat(outcome.warnings()).isEmpty();
    assertThat(outcome.changed()).isZero();
    assertThat(outcome.reviewState()).isEmpty();
    assertThat(outcome.text()).isEqualTo(bundle.translation(language).orElseThrow().text());
    assertThat(sheet.text()).startsWith("\uFEFFkey,English," + sheet.language() + ",note\r\n");
    assertThat(sheet.needWork()).isZero();
  }

  @Test
  void aCorrectionIsWrittenInPlaceAndTheReviewStateSaysWhenAndHowMany() {
    String key = firstKey(Bundle.UI, shape -> shape.arguments().isEmpty());
    String corrected = translation(Bundle.UI, "kk", key) + " (түзетілді)";
    String sheet = edited(Bundle.UI, "kk", key, corrected);

    SheetImport.Outcome outcome = importing(Bundle.UI, "kk", sheet);

    assertThat(outcome.problems()).isEmpty();
    assertThat(outcome.changed()).isEqualTo(1);
    List<String> before = bundleLines(Bundle.UI, "kk");
    List<String> after = outcome.text().lines().toList();
    assertThat(after).hasSameSizeAs(before);
    assertThat(after.getFirst())
        .endsWith("Review state: corrected by a translator on 2026-12-03, 1 key changed.");
    assertThat(after).contains(key + "=" + corrected);
    List<String> differing = new ArrayList<>();
    for (int i = 0; i < after.size(); i++) {
      if (!after.get(i).equals(before.get(i))) {
        differing.add(after.get(i));
      }
    }
    assertThat(differing).containsExactly(after.getFirst(), key + "=" + corrected);
  }

  @Test
  void aLostPlaceholderIsRefused() {
    String key = firstKey(Bundle.UI, shape -> shape.arguments().contains("0"));
    String broken = translation(Bundle.UI, "ru", key).replace("{0}", "");

    assertRefused(edited(Bundle.UI, "ru", key, broken), key, "{0} is lost");
  }

  @Test
  void aPluralWithoutTheRussianCategoriesIsRefused() {
    String key =
        firstKey(Bundle.UI, shape -> shape.plurals().size() == 1 && shape.arguments().size() == 1);
    String argument = MessageShape.of(english(Bundle.UI, key)).plurals().getFirst().argument();
    String broken = "{" + argument + ", plural, one {# раз} other {# раза}}";

    assertRefused(
        edited(Bundle.UI, "ru", key, broken),
        key,
        "the plural of {" + argument + "} lacks few, many (Russian needs one, few, many, other)");
  }

  @Test
  void anUnknownKeyIsRefused() {
    String sheet = SheetExport.of(Bundle.UI, "ru").text() + "nav.hom,,Главная,\r\n";

    assertRefused(sheet, "nav.hom", "not a key of the English user interface");
  }

  @Test
  void aBrokenPatternIsRefused() {
    String key = firstKey(Bundle.UI, shape -> shape.arguments().contains("0"));

    assertRefused(edited(Bundle.UI, "ru", key, "{0"), key, "not a valid message pattern: ");
  }

  @Test
  void anEmptyValueIsRefused() {
    String key = firstKey(Bundle.UI, shape -> true);

    assertRefused(edited(Bundle.UI, "ru", key, ""), key, "empty");
  }

  @Test
  void aMissingRowOrARowGivenTwiceIsRefused() {
    String sheet = SheetExport.of(Bundle.UI, "ru").text();
    List<String> lines = new ArrayList<>(sheet.lines().toList());
    String second = lines.remove(2);
    lines.add(lines.get(1));
    String key = second.substring(0, second.indexOf(','));

    SheetImport.Outcome outcome = importing(Bundle.UI, "ru", String.join("\r\n", lines));

    assertThat(outcome.refused()).isTrue();
    assertThat(outcome.text()).isNull();
    assertThat(outcome.problems())
        .extracting(SheetProblem::text)
        .anyMatch(text -> text.startsWith("given twice (first on line 2)"))
        .anyMatch(text -> text.startsWith("no row"));
    assertThat(outcome.problems()).extracting(SheetProblem::key).contains(key);
  }

  @Test
  void aSheetForAnotherLanguageIsRefusedAtItsHeader() {
    SheetImport.Outcome outcome =
        importing(Bundle.UI, "ru", SheetExport.of(Bundle.UI, "kk").text());

    assertThat(outcome.text()).isNull();
    assertThat(outcome.problems())
        .containsExactly(
            new SheetProblem(
                1,
                "",
                "the third column is headed Kazakh: this sheet is not for Russian (export one with"
                    + " the right --lang)"));
  }

  @Test
  void aLeftoverKeyInTheBundleFileAsItIsRefusesTheImportToo() {
    String sheet = SheetExport.of(Bundle.UI, "kk").text();
    String current = Bundle.UI.translation("kk").orElseThrow().text() + "old.key=Ескі\n";

    SheetImport.Outcome outcome = SheetImport.of(Bundle.UI, "kk", sheet, Optional.of(current), DAY);

    assertThat(outcome.text()).isNull();
    assertThat(outcome.problems())
        .containsExactly(
            new SheetProblem(
                0,
                "old.key",
                "not a key of the English user interface (kept from the bundle file as it is:"
                    + " mend it there)"));
  }

  @Test
  void aSheetThatIsNotCsvOrHasNoRowsIsRefused() {
    SheetImport.Outcome unclosed =
        importing(Bundle.UI, "kk", "key,English,Kazakh,note\nnav.home,Home,\"Басты бет,\n");
    SheetImport.Outcome empty = importing(Bundle.UI, "kk", "");

    assertThat(unclosed.problems())
        .singleElement()
        .extracting(SheetProblem::text)
        .asString()
        .startsWith("not a readable CSV file (a quote not closed?): ")
        .doesNotContain("Exception");
    assertThat(empty.problems())
        .extracting(SheetProblem::text)
        .containsExactly(
            "no rows: a sheet has the header key, English, Kazakh, note, then one row per key");
  }

  @Test
  void aSheetSavedWithSemicolonsAndWithoutTheByteOrderMarkIsRead() throws IOException {
    TranslationSheet.Read read =
        TranslationSheet.read(SheetExport.of(Bundle.REPORT, "ru").text(), "Russian");
    StringBuilder sheet = new StringBuilder();
    try (CSVPrinter printer =
        new CSVPrinter(sheet, CSVFormat.RFC4180.builder().setDelimiter(';').get())) {
      printer.printRecord("key", "English", "Russian", "note");
      for (TranslationSheet.Row row : read.rows()) {
        printer.printRecord(row.key(), row.english(), row.translation(), row.note());
      }
    }

    SheetImport.Outcome outcome = importing(Bundle.REPORT, "ru", sheet.toString());

    assertThat(outcome.problems()).isEmpty();
    assertThat(outcome.text()).isEqualTo(Bundle.REPORT.translation("ru").orElseThrow().text());
  }

  @Test
  void anEnglishTextChangedSinceTheExportIsAWarningOnly() {
    String sheet = SheetExport.of(Bundle.UI, "zh").text();
    String key = firstKey(Bundle.UI, shape -> shape.arguments().isEmpty());
    TranslationSheet.Read read = TranslationSheet.read(sheet, "Chinese");
    List<TranslationSheet.Row> rows = new ArrayList<>();
    for (TranslationSheet.Row row : read.rows()) {
      rows.add(
          row.key().equals(key)
              ? new TranslationSheet.Row(0, key, "Old words", row.translation(), row.note())
              : row);
    }

    SheetImport.Outcome outcome =
        importing(Bundle.UI, "zh", TranslationSheet.write("Chinese", rows));

    assertThat(outcome.problems()).isEmpty();
    assertThat(outcome.warnings()).extracting(SheetProblem::key).containsExactly(key);
  }

  private static void assertRefused(String sheet, String key, String why) {
    SheetImport.Outcome outcome = importing(Bundle.UI, "ru", sheet);
    int line =
        TranslationSheet.read(sheet, "Russian").rows().stream()
            .filter(row -> row.key().equals(key))
            .reduce((first, second) -> second)
            .orElseThrow()
            .line();

    assertThat(outcome.refused()).isTrue();
    assertThat(outcome.text()).isNull();
    assertThat(outcome.problems()).hasSize(1);
    SheetProblem problem = outcome.problems().getFirst();
    assertThat(problem.line()).isEqualTo(line).isGreaterThan(1);
    assertThat(problem.key()).isEqualTo(key);
    assertThat(problem.text()).startsWith(why);
  }

  private static SheetImport.Outcome importing(Bundle bundle, String language, String sheet) {
    return SheetImport.of(bundle, language, sheet, Optional.empty(), DAY);
  }

  /** The exported sheet with {@code key}'s translation replaced by {@code value}. */
  static String edited(Bundle bundle, String language, String key, String value) {
    SheetExport.Sheet sheet = SheetExport.of(bundle, language);
    List<TranslationSheet.Row> rows = new ArrayList<>();
    for (TranslationSheet.Row row : TranslationSheet.read(sheet.text(), sheet.language()).rows()) {
      rows.add(
          row.key().equals(key)
              ? new TranslationSheet.Row(0, key, row.english(), value, row.note())
              : row);
    }
    return TranslationSheet.write(sheet.language(), rows);
  }

  /** The first English key whose message has the shape asked for. */
  static String firstKey(Bundle bundle, Predicate<MessageShape> shape) {
    return bundle.english().values().entrySet().stream()
        .filter(entry -> shape.test(MessageShape.of(entry.getValue())))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElseThrow();
  }

  private static String english(Bundle bundle, String key) {
    return bundle.english().values().get(key);
  }

  private static String translation(Bundle bundle, String language, String key) {
    return bundle.translation(language).orElseThrow().values().get(key);
  }

  private static List<String> bundleLines(Bundle bundle, String language) {
    return bundle.translation(language).orElseThrow().text().lines().toList();
  }
}
