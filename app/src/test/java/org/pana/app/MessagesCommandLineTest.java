package org.pana.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code messages export} and {@code messages import} as a translator runs them: no casebook, no
 * server, a sheet out and a corrected bundle back, or every problem and nothing written.
 */
class MessagesCommandLineTest {

  @TempDir Path dir;

  private final CommandLine cli = new CommandLine();

  @Test
  void aSheetIsExportedCorrectedAndImportedIntoTheBundle() throws IOException {
    Path sheet = dir.resolve("ru.csv");
    Path into = Files.createDirectory(dir.resolve("bundles"));

    assertThat(messages("export", "--lang", "ru", "--out", sheet.toString())).isZero();
    assertThat(cli.stdout().strip())
        .startsWith("Wrote " + sheet + ": ")
        .endsWith(" keys of the Russian user interface, none needs work.");
    assertThat(Files.readAllBytes(sheet)).startsWith(0xEF, 0xBB, 0xBF);

    List<List<String>> rows = read(sheet);
    List<String> row = rows.get(2);
    String corrected = row.get(2) + " (исправлено)";
    row.set(2, corrected);
    Path edited = write(dir.resolve("ru-edited.csv"), rows);

    assertThat(importing("ru", edited, into)).isZero();
    Path bundle = into.resolve("messages_ru.properties");
    assertThat(cli.stdout().strip())
        .matches(
            "Wrote \\Q"
                + bundle
                + "\\E: 1 key changed; its review state now says \"corrected by a translator on"
                + " \\d{4}-\\d{2}-\\d{2}, 1 key changed\"\\.");
    assertThat(cli.stderr()).isEmpty();
    assertThat(Files.readAllLines(bundle, StandardCharsets.UTF_8))
        .contains(row.get(0) + "=" + corrected);
  }

  @Test
  void aSheetThatBreaksARuleIsRefusedLineByLineAndNothingIsWritten() throws IOException {
    Path sheet = dir.resolve("kk.csv");
    Path into = Files.createDirectory(dir.resolve("bundles"));
    messages("export", "--lang", "kk", "--out", sheet.toString());
    List<List<String>> rows = read(sheet);
    int index = indexOfFirst(rows, "{0}");
    String key = rows.get(index).get(0);
    rows.get(index).set(2, rows.get(index).get(2).replace("{0}", "{1}"));
    rows.add(new ArrayList<>(List.of("no.such.key", "", "Жоқ", "")));
    Path edited = write(dir.resolve("kk-edited.csv"), rows);

    assertThat(importing("kk", edited, into)).isEqualTo(1);

    assertThat(cli.stderr().lines().toList())
        .containsExactly(
            edited + ":" + (index + 1) + ": " + key + ": {0} is lost (the English has {0})",
            edited
                + ":"
                + (index + 1)
                + ": "
                + key
                + ": {1} is not an argument of this message (the English has {0})",
            edited + ":" + rows.size() + ": no.such.key: not a key of the English user interface",
            "pana: 3 problems in " + edited + "; nothing written");
    assertThat(into).isEmptyDirectory();
  }

  @Test
  void theReportBundleGoesOutAndComesBackUnchanged() throws IOException {
    Path sheet = dir.resolve("report-ug.csv");
    Path into = Files.createDirectory(dir.resolve("bundles"));

    assertThat(messages("export", "--lang", "ug", "--bundle", "report", "--out", sheet.toString()))
        .isZero();
    assertThat(cli.stdout()).contains(" keys of the Uyghur report, none needs work.");
    assertThat(
            messages(
                "import",
                "--bundle",
                "report",
                "--lang",
                "ug",
                sheet.toString(),
                "--into",
                into.toString()))
        .isZero();

    Path bundle = into.resolve("report_ug.properties");
    assertThat(cli.stdout().strip()).isEqualTo("No key changed; wrote " + bundle + " as it was.");
    try (var original =
        getClass()
            .getClassLoader()
            .getResourceAsStream("org/pana/core/report/report_ug.properties")) {
      assertThat(Files.readAllBytes(bundle)).isEqualTo(original.readAllBytes());
    }
  }

  @Test
  void anExportNeverOverwritesASheetAndAnUnknownLanguageIsRefused() throws IOException {
    Path sheet = Files.writeString(dir.resolve("messages-kk.csv"), "a translator's work");

    assertThat(messages("export", "--lang", "kk", "--out", sheet.toString())).isEqualTo(1);
    assertThat(cli.stderr()).contains(sheet + " exists already");
    assertThat(Files.readString(sheet)).isEqualTo("a translator's work");

    assertThat(messages("export", "--lang", "de", "--out", dir.resolve("de.csv").toString()))
        .isEqualTo(1);
    assertThat(cli.stderr().strip()).isEqualTo("pana: Pana has no messages_de.properties");
    assertThat(messages("export")).isEqualTo(2);
  }

  @Test
  void helpNamesTheMessagesCommands() {
    assertThat(cli.run("", "help")).isZero();
    assertThat(cli.stdout()).contains("messages export").contains("messages import FILE");
  }

  /** Runs {@code pana messages ARGS}. */
  private int messages(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "messages";
    System.arraycopy(args, 0, all, 1, args.length);
    return cli.run("", all);
  }

  private int importing(String language, Path sheet, Path into) {
    return messages("import", "--lang", language, sheet.toString(), "--into", into.toString());
  }

  private static int indexOfFirst(List<List<String>> rows, String argument) {
    for (int i = 1; i < rows.size(); i++) {
      String english = rows.get(i).get(1);
      if (english.contains(argument) && !english.contains("{1}") && !english.contains("plural")) {
        return i;
      }
    }
    throw new AssertionError("no English message with " + argument);
  }

  private static List<List<String>> read(Path sheet) throws IOException {
    String text = Files.readString(sheet, StandardCharsets.UTF_8).substring(1);
    List<List<String>> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180)) {
      for (CSVRecord record : parser) {
        rows.add(new ArrayList<>(record.toList()));
      }
    }
    return rows;
  }

  private static Path write(Path sheet, List<List<String>> rows) throws IOException {
    StringBuilder text = new StringBuilder("\uFEFF");
    try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.RFC4180)) {
      for (List<String> row : rows) {
        printer.printRecord(row);
      }
    }
    return Files.writeString(sheet, text, StandardCharsets.UTF_8);
  }
}
