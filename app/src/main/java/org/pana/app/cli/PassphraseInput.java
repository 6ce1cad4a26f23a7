package org.pana.app.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads passphrases for command-line tools: one line each from standard input, or, at a terminal,
 * asked for without echo. Never from arguments, which end up in shell history and process lists.
 */
public final class PassphraseInput {

  private final Console console;
  private final BufferedReader lines;

  private PassphraseInput(Console console, InputStream in) {
    this.console = console;
    this.lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  /** Reads from the terminal when there is one and {@code in} is the process's standard input. */
  public static PassphraseInput of(InputStream in) {
    Console console = in == System.in ? System.console() : null;
    return new PassphraseInput(isTerminal(console) ? console : null, in);
  }

  /**
   * Whether the console is a real terminal. From JDK 22 {@code System.console()} may return a
   * console for redirected input too, and {@code Console.isTerminal()} tells; on JDK 21 a console
   * exists only for a terminal. Pana builds for release 21, so the newer method is looked up.
   */
  private static boolean isTerminal(Console console) {
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  /**
   * The next passphrase (without its line ending).
   *
   * @throws IllegalArgumentException when standard input has no further line
   */
  public char[] next(String prompt) {
    if (console != null) {
      char[] typed = console.readPassword("%s: ", prompt);
      if (typed == null) {
        throw new IllegalArgumentException("no passphrase given (" + prompt + ")");
      }
      return typed;
    }
    try {
      String line = lines.readLine();
      if (line == null) {
        throw new IllegalArgumentException(
            "expected a passphrase on standard input (" + prompt + "), one line each");
      }
      return line.toCharArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read standard input", e);
    }
  }
}
