package org.pana.names;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads one of the names module's tab-separated tables: blank lines and {@code #} comments are
 * skipped, every row has the named columns and ends in a non-blank source. A malformed row stops
 * the load with the file, the line and what the row should hold, so a bad edit fails the first test
 * rather than matching wrongly.
 */
final class SourcedTable {

  /** One row as read, with its line number for messages. */
  record Row(String file, int line, String[] columns) {

    String get(int column) {
      return columns[column];
    }

    IllegalStateException wrong(String what) {
      return new IllegalStateException(file + " line " + line + ": " + what);
    }
  }

  /** What the loader does with each row. */
  @FunctionalInterface
  interface RowReader {
    void read(Row row);
  }

  private SourcedTable() {}

  /**
   * Reads {@code file} next to {@code owner}, checking that every row has exactly the {@code
   * columns} named and a source in the last one.
   */
  static void read(Class<?> owner, String file, List<String> columns, RowReader reader) {
    try (var in = owner.getResourceAsStream(file);
        var lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      int number = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        Row row = new Row(file, number, line.split("\t"));
        if (row.columns().length != columns.size() || row.get(columns.size() - 1).isBlank()) {
          throw row.wrong("want " + String.join(", ", columns));
        }
        reader.read(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + file, e);
    }
  }
}
