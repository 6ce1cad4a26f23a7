package org.pana.app.i18n;

/**
 * What is wrong with one row of a translator's sheet, or with the sheet.
 *
 * @param line the line in the file (the header is line 1), or 0 when no line has it: a key with no
 *     row, a file that cannot be read
 * @param key the message's key, or empty
 * @param text what is wrong, in words for a translator
 */
public record SheetProblem(int line, String key, String text) {

  /** The problem as a line for the terminal: {@code FILE:14: nav.home: {0} is lost}. */
  public String describe(String file) {
    return file + (line > 0 ? ":" + line : "") + ": " + (key.isEmpty() ? "" : key + ": ") + text;
  }
}
