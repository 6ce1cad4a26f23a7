package org.pana.app.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The sheet a translator edits in a spreadsheet program: CSV (RFC 4180) in UTF-8 with a byte order
 * mark, so that spreadsheet programs open Cyrillic, Arabic script and Hanzi as such, one row per
 * key with the columns {@code key}, {@code English}, the language's name and {@code note}. Reading
 * one back takes what spreadsheet programs make of it: with or without the byte order mark, and
 * with commas, semicolons (Excel in a Russian locale) or tabs between the cells.
 */
final class TranslationSheet {

  private static final String KEY = "key";
  private static final String ENGLISH = "English";
  private static final String NOTE = "note";

  private TranslationSheet() {}

  /**
   * One row.
   *
   * @param line where it starts in the file (the header is line 1)
   * @param key the message's key
   * @param english the English message, as exported
   * @param translation the translation, empty when there is none
   * @param note what to keep and what needs work, for the translator
   */
  record Row(int line, String key, String english, String translation, String note) {}

  /**
   * What was read: the rows, or what is wrong with the sheet as a whole.
   *
   * @param rows the rows with a key, in the file's order
   * @param problems what makes the file unreadable or rows without a key, by line
   */
  record Read(List<Row> rows, List<SheetProblem> problems) {}

  /** The sheet's text for {@code rows} in the language named {@code languageName}, BOM first. */
  static String write(String languageName, List<Row> rows) {
    StringBuilder out = new StringBuilder("\uFEFF");
    try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
      printer.printRecord(KEY, ENGLISH, languageName, NOTE);
      for (Row row : rows) {
        printer.printRecord(row.key(), row.english(), row.translation(), row.note());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Reads a sheet meant for the language named {@code languageName}. */
  static Read read(String text, String languageName) {
    String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
    CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter(content)).get();
    List<Row> rows = new ArrayList<>();
    List<SheetProblem> problems = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(content, format)) {
      boolean header = true;
      int line = 1;
      int scanned = 0;
      for (CSVRecord record : parser) {
        for (; scanned < record.getCharacterPosition(); scanned++) {
          line += content.charAt(scanned) == '\n' ? 1 : 0;
        }
        List<String> cells = record.toList();
        if (header) {
          header = false;
          String wrong = headerProblem(cells, languageName);
          if (wrong != null) {
            return new Read(List.of(), List.of(new SheetProblem(line, "", wrong)));
          }
        } else if (cells.stream().anyMatch(cell -> !cell.isBlank())) {
          String key = cell(cells, 0).strip();
          if (key.isEmpty()) {
            problems.add(new SheetProblem(line, "", "a row without a key"));
          } else {
            rows.add(new Row(line, key, cell(cells, 1), cell(cells, 2), cell(cells, 3)));
          }
        }
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      problems.add(
          new SheetProblem(0, "", "not a readable CSV file (a quote not closed?): " + cause(e)));
    }
    if (rows.isEmpty() && problems.isEmpty()) {
      problems.add(
          new SheetProblem(
              1,
              "",
              "no rows: a sheet has the header "
                  + headerText(languageName)
                  + ", then one row per key"));
    }
    return new Read(rows, problems);
  }

  private static String headerProblem(List<String> cells, String languageName) {
    if (cells.size() < 3
        || !cells.get(0).strip().equalsIgnoreCase(KEY)
        || !cells.get(1).strip().equalsIgnoreCase(ENGLISH)) {
      return "the first row must be the header " + headerText(languageName);
    }
    String language = cells.get(2).strip();
    if (!language.equalsIgnoreCase(languageName)) {
      return "the third column is headed "
          + language
          + ": this sheet is not for "
          + languageName
          + " (export one with the right --lang)";
    }
    return null;
  }

  /** What the CSV reader says went wrong, without the wrapper its iterator throws it in. */
  private static String cause(Exception e) {
    return e instanceof UncheckedIOException unchecked
        ? unchecked.getCause().getMessage()
        : e.getMessage();
  }

  private static String headerText(String languageName) {
    return String.join(", ", KEY, ENGLISH, languageName, NOTE);
  }

  private static String cell(List<String> cells, int index) {
    return index < cells.size() ? cells.get(index) : "";
  }

  /** The cell separator: whatever follows {@code key} on the header line (a comma by default). */
  private static char delimiter(String content) {
    String first = content.lines().findFirst().orElse("").toLowerCase(Locale.ROOT);
    int at = first.indexOf(KEY) + KEY.length();
    if (at < KEY.length()) {
      return ',';
    }
    if (at < first.length() && first.charAt(at) == '"') {
      at++;
    }
    char after = at < first.length() ? first.charAt(at) : ',';
    return after == ';' || after == '\t' ? after : ',';
  }
}
